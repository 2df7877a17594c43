// A cold page runs the analysis unoptimised, where every pattern, call and allocation a character or a word costs:
// the helpers the scanner, the tagger and the phrase lookups ask of most characters give the answers of the tests
// they replace, without a pattern a character and without new strings for a character already met.
import { describe, expect, it, vi } from 'vitest';
import { isLetter, wordBefore } from '../../lib/analysis/letters';
import { isSpaceCode, spaceRunStart } from '../../lib/analysis/text/props';
import { charInfo, classAt, classOf } from '../../lib/analysis/text/chars';
import { Vocabulary } from '../../lib/analysis/ner/scores';
import { Cap } from '../../lib/analysis/ner/word-class';

const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
/** The letter test isLetter stood for: a cased letter, or a character past U+02FF outside general punctuation. */
const letterByCase = (c: string) => c.toLowerCase() !== c.toUpperCase() || (c > '\u02FF' && !/[\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F]/.test(c));

function patternsRun<T>(run: () => T): [T, number] {
  const exec = vi.spyOn(RegExp.prototype, 'exec'), test = vi.spyOn(RegExp.prototype, 'test');
  try {
    const out = run();
    return [out, exec.mock.calls.length + test.mock.calls.length];
  } finally { exec.mockRestore(); test.mockRestore(); }
}

describe('white space and letters, a character at a time', () => {
  it('white space is what \\s reads, on every BMP code unit', () => {
    expect(BMP.filter((c) => isSpaceCode(c.charCodeAt(0)) !== /\s/.test(c)).map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
    expect(spaceRunStart('a \u00a0\u2003\n', 5)).toBe(1);
  });

  it('the word before a position, across white space of any kind, is found without a pattern', () => {
    const [words, patterns] = patternsRun(() => [wordBefore('told Smith \u00a0 said', 13), wordBefore('l’avocat  a dit', 10), wordBefore('  said', 2), wordBefore('Smith, said', 7)]);
    expect(words).toEqual(['smith', 'l’avocat', '', '']);
    expect(patterns).toBe(0);
  });

  it('a letter is what the case test says, on every BMP code unit and on astral characters', () => {
    const astral = ['𝐀', '😀', '𠀀'];
    expect([...BMP, ...astral, 'ab'].filter((c) => isLetter(c) !== letterByCase(c))).toEqual([]);
    expect([isLetter(undefined), isLetter('')]).toEqual([false, false]);
  });

  it('a character met before is a letter or not without new lower- and upper-case copies of it', () => {
    isLetter('ß'); isLetter('—');
    const lower = vi.spyOn(String.prototype, 'toLowerCase'), upper = vi.spyOn(String.prototype, 'toUpperCase');
    try {
      expect([isLetter('ß'), isLetter('—'), isLetter('e')]).toEqual([true, false, true]);
      expect(lower.mock.calls.length + upper.mock.calls.length).toBe(0);
    } finally { lower.mockRestore(); upper.mockRestore(); }
  });

  it("a character's class in one call is its class from the table, past the text's end and in surrogate pairs too", () => {
    const text = BMP.join('') + '𝐀😀\ud835';
    const wrong: number[] = [];
    for (let i = 0; i <= text.length; i++) if (classAt(text, i) !== classOf(charInfo(text, i))) wrong.push(i);
    expect(wrong).toEqual([]);
  });
});

describe("the tagger's vocabulary", () => {
  it('keeps each distinct word once, in typed arrays cut to the words met', () => {
    const words = ['The', 'EU', 'said', 'the', 'EU', '.'], v = new Vocabulary(words.length);
    const ids = words.map((w) => v.id(w));
    v.seal();
    expect(ids).toEqual([0, 1, 2, 3, 1, 4]);
    expect(v.lower).toEqual(['the', 'eu', 'said', 'the', '.']);
    expect(v.cap).toBeInstanceOf(Uint8Array);
    expect(Array.from(v.cap)).toEqual([Cap.UPPER, Cap.CAPS, Cap.LOWER, Cap.LOWER, Cap.NONE]);
    expect([v.lowerId.length, v.shapeHash.length, v.quiet.length, v.wordlike.length]).toEqual([5, 5, 5, 5]);
    expect(Array.from(v.lowerId)).toEqual([0, 1, 2, 0, 3]);
    expect(Array.from(v.wordlike)).toEqual([1, 1, 1, 1, 0]);
  });
});
