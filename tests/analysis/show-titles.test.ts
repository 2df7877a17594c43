// A show's or a book's title in quotation marks after a possessive or 'on', 'of', 'with' ('ABC’s “This Week”', 'an
// interview with “Fox News Sunday.”') is part of the words around a quotation, no one's quotation: not listed, and
// the quotation after it goes on with the speaker before it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a title in the attribution', () => {
  it('English: ABC’s “This Week With Martha Raddatz.” is nobody’s words; the next quotation is the governor’s', () => {
    const t = 'Governor doubles down on plan\n\nThe governor defended his budget plan again on Sunday.\n\n'
      + '“We will not raise taxes on working families this year,” Kowalski said on ABC’s “This Week With Martha Raddatz.” “And we are not going to give in to the pressure from Washington.”';
    const { quotes } = analyse(t, 'en');
    expect(quotes.map((q) => q.text)).not.toContain('This Week With Martha Raddatz.');
    expect(quotes.find((q) => q.text.startsWith('And we are'))?.speaker).toBe('Kowalski');
  });

  it('English: a title after "an interview with" is never spoken by the person named before it', () => {
    const t = 'Senator warns on trade\n\nThe senator spoke about tariffs on Sunday.\n\n'
      + '“Tariffs are a tax on our own farmers,” Senator Ana Ruiz said in an interview with “Fox News Sunday.”';
    const { quotes } = analyse(t, 'en');
    expect(quotes.filter((q) => q.text.startsWith('Fox News')).map((q) => q.speaker)).toEqual([]);
  });
});
