// "X said Y continued to act with ‘impunity’": the quoted words are X's, the speaker of the speech verb, never Y,
// the subject of the clause X reports; but a nearer speaker with a verb of saying of their own keeps their words.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const run = (text: string) => analyzeArticle({ text, lang: 'en' });

describe('the subject of a reported clause', () => {
  it('does not speak the words quoted inside that clause', () => {
    const t = [
      'Appearing before the court, the Freedonian delegation said Sylvania continued to act with ‘impunity’ in the region, arguing that ‘it does not care to fulfil its obligations’.',
      'The court on Friday heard a final day of arguments on Sylvania, which was not present at the hearings.',
      'Sylvania has called the proceedings ‘biased’, and its foreign minister said the court had no say in the matter.',
    ].join('\n\n');
    const q = run(t).quotes;
    const impunity = q.find((x) => x.text === 'impunity');
    expect(impunity?.speakerMention).toBe('the Freedonian delegation');
    // (the subject of the sentence's own verb still speaks its words)
    expect(q.find((x) => x.text === 'biased')?.speaker).toBe('Sylvania');
  });

  it('leaves the words to a nearer speaker whose own verb of saying introduces them', () => {
    const t = 'The government said on Thursday that unemployment had fallen, a day after President Clara Morales said that the crisis was “lasting”.';
    expect(run(t).quotes.map((x) => x.speaker)).toEqual(['Clara Morales']);
    // (its participle right after the name is checked in scare-quote-participle.test.ts)
  });
});
