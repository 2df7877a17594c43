// A headline in quotation marks that the story later quotes someone saying is that person's words, not those of
// whoever spoke just before the headline.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('a quoted headline', () => {
  it('has the speaker of the quotation that repeats it', () => {
    const text = [
      '“I expected us to collide on the first lap,” said George Russell after the race.',
      '“He has been rather hysterical”',
      'Christian Horner poured his own petrol on the fire. “The penalty was based on George’s hysteria, and he has been rather hysterical all weekend,” said Horner.',
    ].join('\n\n');
    const heading = analyzeArticle({ text, lang: 'en' }).quotes.find((q) => q.text === 'He has been rather hysterical')!;
    expect(heading.speaker).toBe('Christian Horner');
  });
});
