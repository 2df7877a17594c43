// "…», recalcó la fuente. Según su análisis, …«…»": a phrase opened by a possessive is its owner's words, and right
// after an unnamed source's quotation its owner is that source, not the organisation the text named last.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const text = [
  'El movimiento Frente Verde del Norte rechazó el domingo las condiciones propuestas por el Gobierno de Valdoria, según informaron fuentes cercanas a las negociaciones.',
  '«La retirada de la delegación fue un acto exhibicionista que busca culpar a otros», recalcó la fuente. Según su análisis, el Gobierno actuó así «para darle la vuelta a la presión externa que afronta».',
].join('\n\n');

describe('a possessive phrase after an unnamed source', () => {
  it('is that source, not the organisation named before', () => {
    const q = analyse(text, 'es').quotes.find((x) => x.text.includes('darle la vuelta'));
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
    expect(q!.speakerMention).toBe('la fuente');
  });
});
