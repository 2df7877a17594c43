// "selon le ministère des Affaires étrangères": a definite noun of a kind of body with a capitalised complement is the
// body's own name, a speaker, even where no tagger took the lower-case phrase for a name.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const FR = `Un avion spécial a ramené jeudi des rescapés du séisme. Il devait aussi ramener les «plus vulnérables (blessés, familles avec enfants)», selon le ministère des Affaires étrangères.`;

const ES = `Un avión especial trajo el jueves a los supervivientes del terremoto. Debía traer también a los «más vulnerables (heridos, familias con niños)», según el ministerio de Asuntos Exteriores.`;

describe('a body named by its noun and a capitalised complement', () => {
  it('speaks (fr)', () => {
    expect(speakerOf(FR, 'plus vulnérables', 'fr')).toBe('ministère des Affaires étrangères');
  });

  it('speaks (es)', () => {
    expect(speakerOf(ES, 'más vulnerables', 'es')).toBe('ministerio de Asuntos Exteriores');
  });

  it('is no body without the capitalised complement', () => {
    expect(speakerOf(FR.replace('des Affaires étrangères', 'des affaires étrangères'), 'plus vulnérables', 'fr')).not.toBe('ministère des affaires étrangères');
  });
});
