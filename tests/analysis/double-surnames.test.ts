// A double surname joined by a hyphen ("Lucía Ferrero-Lasanta"): a later speaker named by either part alone
// ("Lasanta ha confirmado … “…”") is the same person, not a second party beside the full name. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a double surname', () => {
  it('goes by either part alone as a speaker', () => {
    const text = 'La ministra de Sanidad, Lucía Ferrero-Lasanta, ha visitado hoy el hospital de Teruel. Lasanta ha confirmado que hay “casi 300 camas disponibles” en la provincia.';
    const got = analyse(text, 'es');
    expect(got.parties.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Lucía Ferrero-Lasanta']);
    expect(got.quotes.map((q) => q.speaker)).toEqual(['Lucía Ferrero-Lasanta']);
  });
});
