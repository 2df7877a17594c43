// "X issued a statement saying …": the words of a document a party puts out are that party's, not the document's
// and not another person's named in the clause. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const said = (text: string, lang = 'en') => analyzeArticle({ text, lang }, { ner: loadNerModel(lang) }).quotes.map((q) => [q.speaker, q.speakerMention]);

describe('a document the subject puts out', () => {
  it('carries the words of whoever issued it', () => {
    const t = 'The march through the city drew thousands on Sunday. Marta Lindqvist issued a statement saying the decision of Governor Paul Hendry was "a betrayal of every family in this state" and called for a vote.';
    expect(said(t)).toEqual([['Marta Lindqvist', 'Marta Lindqvist']]);
  });
  it('goes to the subject of the verb before it, past a particle', () => {
    const t = 'Even before Ronald Baxter took the stage, his campaign sent out a text message to supporters saying: "With your help, we were just declared the winner in the state tonight!"';
    expect(said(t)[0]![1]).toBe('his campaign');
  });
  it('a definite document the story already named stays as it was', () => {
    const t = 'The agency published its yearly report on Monday. The report, saying that costs had "risen faster than at any time in a decade", was sent to every member of parliament.';
    expect(said(t)[0]![1]).not.toBe('The agency');
  });
});
