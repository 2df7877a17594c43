// A quotation a page's software set between reversed marks (”…“) is a quotation all the same: ” opened after a space
// may close with “. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('reversed double marks', () => {
  it('find the quotation set in ”…“', () => {
    const t = 'El caso del correo\n\nLa concejala Marta Ibáñez escribió esa mañana a su equipo, como diría después, ”Porque si no parece que me lo ha dado la fiscalía“ y nadie respondió.';
    expect(analyse(t, 'es').quotes.map((q) => q.text)).toEqual(['Porque si no parece que me lo ha dado la fiscalía']);
  });
  it('keep a closing ” after a word a closer, not an opener', () => {
    const t = 'El caso del correo\n\nLa concejala Marta Ibáñez dijo que la obra era “un desastre absoluto para el barrio” y “una vergüenza para toda la ciudad”.';
    expect(analyse(t, 'es').quotes.map((q) => q.text)).toEqual(['un desastre absoluto para el barrio', 'una vergüenza para toda la ciudad']);
  });
});
