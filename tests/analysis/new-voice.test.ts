// A new sentence with a verb of saying that names another body between two quotations starts a new speaker's words:
// the second quotation is no continuation of the first, and the two are never shown as one key quotation. Invented
// text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { joinSplitQuotes } from '../../lib/analysis/keyquotes';

const T = 'La Asociación de Comerciantes del Centro y la Plataforma Ciudadana de Lerma piden cambios en la feria de Vallejo. "Es un ruido que dura todo el mes, no hay quien duerma", afirma el portavoz de la Asociación. Desde la Plataforma aseguran que "las calles quedan destrozadas" y piden más limpieza.';

describe('a new attribution between two quotations', () => {
  it('starts a new quotation, not a continuation of the first speaker', () => {
    const qs = analyse(T, 'es').quotes;
    const second = qs.find((q) => q.text.includes('destrozadas'))!;
    expect(second.kind).not.toBe('continuation');
    expect(second.speaker).not.toBe(qs[0]!.speaker);
  });

  it('is never joined to the key quotation before it', () => {
    const shown = joinSplitQuotes(analyse(T, 'es').quotes.map((q) => ({ ...q, key: true })), T);
    expect(shown.some((q) => q.text.includes('duerma') && q.text.includes('destrozadas'))).toBe(false);
  });

  it('keeps the words after a plain attribution together ("…", dijo. "…")', () => {
    const t = 'El alcalde Tomás Berrocal visitó la feria de Vallejo. "Es un ruido que dura todo el mes", afirma Berrocal. "Y las calles quedan destrozadas".';
    const qs = analyse(t, 'es').quotes;
    expect(qs.find((q) => q.text.includes('destrozadas'))?.speaker).toBe('Tomás Berrocal');
  });
});
