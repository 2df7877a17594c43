// A cold analysis pays for every Unicode property pattern it compiles (a fraction of a millisecond each): the common
// cases are decided without them, with the same answers (the datelines' and word forms' own tests hold those).
import { describe, expect, it } from 'vitest';
import { shapeOf, capClass } from '../../lib/analysis/ner/word-class';
import { readDateline } from '../../lib/analysis/text/dateline';
import { isPersonTag } from '../../lib/analysis/parties/party-tags';
import { placeNounAfter } from '../../lib/analysis/parties/settings';
import { rulesFor } from '../../lib/rules/languages';
import { affixFeatures, Scratch, T } from '../../lib/analysis/ner/features';
import { feature, hashString } from '../../lib/analysis/ner/hash';
import { shoutingRuns } from '../../lib/analysis/parties/headings';
import { wordsOf } from '../../lib/analysis/parties/words';
import { scan } from '../../lib/analysis/text';
import { patternsRun } from './patterns-run';


describe('patterns a cold page does not need', () => {
  it('the word form of curly quotes, dashes and accented letters runs no pattern', () => {
    const [forms, patterns] = patternsRun(() => [shapeOf('“Ça—va’'), capClass('Ærø'), capClass('Aro')]);
    expect(forms).toEqual(['“Xx—x’', capClass('Aro'), capClass('Aro')]);
    expect(patterns).toBe(0);
  });

  it('a paragraph that opens on a quote or on "The" is no dateline, without the dateline pattern', () => {
    const [found, patterns] = patternsRun(() => [readDateline('“We will,” she said.', 0), readDateline('The minister said.', 0)]);
    expect(found).toEqual([null, null]);
    expect(patterns).toBe(0);
    expect(readDateline('LISBON (AP) — The minister said.', 0)).toEqual({ start: 0, end: 6, mark: 'dash', tail: 11 });
  });

  it('a name without a hyphen is no party tag, and no building noun follows a comma, a capital or a verb', () => {
    const en = rulesFor('en');
    const [found, patterns] = patternsRun(() => [isPersonTag('Angela Merkel'), placeNounAfter(en, ', who said'), placeNounAfter(en, ' Smith said'), placeNounAfter(en, ' said on Monday')]);
    expect(found).toEqual([false, false, false, false]);
    expect(patterns).toBe(0);
    expect([isPersonTag('R-Neb.'), placeNounAfter(en, ' hospital said')]).toEqual([true, true]);
  });

  it("a word's affix features run no pattern, and are the hashes of its first and last letters", () => {
    const out = new Scratch();
    const [, patterns] = patternsRun(() => { affixFeatures(out, 'ærøskøbing'); affixFeatures(out, '1,5'); affixFeatures(out, '—–—'); });
    expect(patterns).toBe(0);
    const h = (t: number, s: string) => feature(t, hashString(s));
    expect(Array.from({ length: out.n }, (_, k) => out.at(k))).toEqual([h(T.P2, 'ær'), h(T.S2, 'ng'), h(T.P3, 'ærø'), h(T.S3, 'ing'), h(T.S4, 'bing')]);
  });

  it('words in lower case or capitalised are no shouting, without the letter pattern; words in capitals are', () => {
    const text = 'The ferry crews walked out on Monday, said Ana Costa. Then a sign read SAVE OUR FERRY NOW in the port.';
    const words = wordsOf(scan(text)), fw = rulesFor('en').functionWords;
    const [runs, patterns] = patternsRun(() => shoutingRuns(text, words.slice(0, 9), fw));
    expect([runs, patterns]).toEqual([[], 0]);
    expect(shoutingRuns(text, words, fw).map((r) => text.slice(r.span.start, r.span.end))).toEqual(['SAVE OUR FERRY NOW']);
  });
});
