// A headline in quotation marks that the story later quotes someone saying is a copy of that person's words: not a
// second quotation, and never those of whoever spoke just before the headline.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('a quoted headline', () => {
  it('is left to the quotation that repeats it, with its speaker', () => {
    const text = [
      '“I expected us to collide on the first lap,” said George Russell after the race.',
      '“He has been rather hysterical”',
      'Christian Horner poured his own petrol on the fire. “The penalty was based on George’s hysteria, and he has been rather hysterical all weekend,” said Horner.',
    ].join('\n\n');
    const quotes = analyzeArticle({ text, lang: 'en' }).quotes;
    expect(quotes.find((q) => q.text === 'He has been rather hysterical')).toBeUndefined();
    expect(quotes.find((q) => q.text.includes('he has been rather hysterical all weekend'))?.speaker).toBe('Christian Horner');
  });
});
