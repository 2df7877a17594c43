// "el ministerio de Exteriores de Egipto", "le ministère russe de la Défense": a body named with its country speaks as
// that body, not as the country and not as somebody unidentified. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const speaker = (t: string, quote: string, lang: string) => analyse(t, lang).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('a body named with its owner country', () => {
  it('keeps the country in its name (es)', () => {
    const t = 'El Ministerio de Exteriores recibió a las delegaciones en Madrid. “Se espera que se discutan las rutas del agua y la ayuda a los refugiados”, explicaba el ministerio de Exteriores de Egipto en una nota.';
    expect(speaker(t, 'Se espera', 'es')).toBe('Ministerio de Exteriores de Egipto');
  });
  it('is a named body, not an unidentified speaker (fr)', () => {
    const t = 'Les frappes ont repris dans la nuit. « Les systèmes de défense ont intercepté douze drones au-dessus de la région », a affirmé le ministère russe de la Défense.';
    expect(speaker(t, 'Les systèmes de défense', 'fr')).toBe('Ministère russe de la Défense');
  });
});
