// "Katjavivi, one of Geingob’s close friends, … He said … He said they were briefed by Geingob’s medical team. /
// “It gave us hope … / “I may be wrong …,” he said.": the "he" after a quotation that opens its paragraphs is the
// "He" of the sentences before it (the subject they continue), not the name in a possessive close before.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('a pronoun across a quotation of several paragraphs', () => {
  it('continues the chain of the same pronoun before the quotation', () => {
    const text = [
      '“He died on duty,” Nangolo Mbumba said.',
      'Peter Katjavivi, one of Geingob’s close friends and peers, was one of the people who visited Hage Geingob hours before he took his final breath.',
      'He said he and a few other people were called to the hospital after five o’clock. He said they were briefed by Geingob’s medical team.',
      '“It gave us a sense of hope that other options are available to the medical team to do their best.',
      '“I may be wrong, but it was a very difficult period for all of us,” he said.',
    ].join('\n\n');
    const { quotes } = analyzeArticle({ text, lang: 'en' });
    expect(quotes.filter((q) => q.text.startsWith('It gave') || q.text.startsWith('I may')).map((q) => q.speaker)).toEqual(['Peter Katjavivi', 'Peter Katjavivi']);
  });
});
