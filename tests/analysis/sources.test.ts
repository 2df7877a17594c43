// Speakers that are documents, titles quoted inside a sentence, participles and several quotations under one verb.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const quotes = (text: string) => analyzeArticle({ text, lang: 'en' }).quotes;
const mentions = (text: string) => quotes(text).map((q) => [q.text, q.speakerMention] as const);

describe('speakers beyond people', () => {
  it('takes a document or a clip as the source of its words', () => {
    const r = mentions('The advert says Halvorsen “has never run a business in his life.”\n\nThe council memo warns that the depot is “beyond repair.”');
    expect(r).toEqual([
      ['has never run a business in his life.', 'The advert'],
      ['beyond repair.', 'The council memo'],
    ]);
  });

  it('reads "…," as X put it', () => {
    const r = mentions('The rule favours investors with a "clean source of funds," as a Treasury memo put it.');
    expect(r).toEqual([['clean source of funds,', 'a Treasury memo']]);
  });
});

describe('sentences with more than one quotation', () => {
  it('looks past a programme title (no quotation) to the verb of the sentence', () => {
    const r = quotes('Dara Quill spoke on Monday.\n\nQuill tells Radio Norden’s “Morning Desk” on Friday that “nobody knows who did it” yet.');
    expect(r.map((q) => [q.text, q.speaker])).toEqual([['nobody knows who did it', 'Dara Quill']]);
  });

  it('gives the quotations governed by one verb the same speaker', () => {
    const r = quotes('Factwatch then ruled that the mayor’s claim about “record growth” in the port was “accurate,” though incomplete.');
    expect(r.map((q) => [q.text, q.speakerMention])).toEqual([['record growth', 'Factwatch'], ['accurate,', 'Factwatch']]);
  });

  it('takes the subject of the sentence for a participle after a time phrase', () => {
    const r = quotes('Ilse Varga posted a string of messages early Friday saying the board had acted “in bad faith.”');
    expect(r.map((q) => q.speaker)).toEqual(['Ilse Varga']);
  });

  it('accepts a participle adjective before a name but not a clause after the quotation', () => {
    const r = quotes('Voss "has the judgment and the temperament to lead the alliance," retired navy admiral Pia Holm said.\n\nThe ruling "plainly and seriously" suggests that the agency overstepped its powers.');
    expect(r.map((q) => [q.speaker, q.speakerMention])).toEqual([['Pia Holm', 'retired navy admiral Pia Holm'], [null, null]]);
  });

  it('finds a quotation that opens a paragraph whose marks are mixed', () => {
    const r = quotes('"We see no sign of sabotage," the harbour master said, adding that it would take "a few more days” to be sure.');
    expect(r[0]!.text).toBe('We see no sign of sabotage,');
    expect(r[0]!.speakerMention).toBe('the harbour master');
  });

  it('gives a characterisation ("as a “…”") to the subject of the sentence', () => {
    const r = quotes('Senate leader Ada Brun met the envoy.\n\nBrun openly praises the envoy as a “patient and honest broker,” unlike her colleagues.');
    expect(r.map((q) => q.speaker)).toEqual(['Ada Brun']);
  });

  it('gives the second verb of a sentence the sentence’s subject', () => {
    const r = quotes('Governor Lina Marsh visited the plant.\n\nMarsh outlined her budget on Tuesday and vowed to protect “every job in the valley.”');
    expect(r.map((q) => q.speaker)).toEqual(['Lina Marsh']);
  });
});
