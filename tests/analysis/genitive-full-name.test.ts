// German: a full name the text writes only in the genitive ("Hillary Clintons Verweis") is the person it then names by
// the surname alone ("laut Clinton"): the speaker and the party go by the full name. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a full name written only with its genitive -s', () => {
  it('names the person the surname alone stands for', () => {
    const t = 'Kommentatoren zogen schnell Vergleiche zwischen diesen Worten und Angela Merkels Verweis auf die Gegner aus dem Jahr 2016, die sie als „Korb der Bedauernswerten“ bezeichnete, was laut Merkel ein Faktor für die Niederlage war.';
    const a = analyse(t, 'de');
    expect(a.quotes.find((q) => q.text.includes('Korb'))?.speaker).toBe('Angela Merkel');
    expect(a.parties.some((p) => p.name === 'Merkel')).toBe(false);
  });
});
