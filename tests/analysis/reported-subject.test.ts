// "X said Y continued to act with ‘impunity’": the quoted words are X's, the speaker of the speech verb, never Y,
// the subject of the clause X reports.
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
});
