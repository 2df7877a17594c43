// A cold page runs the analysis unoptimised, where every pattern, call and allocation a character or a word costs:
// the helpers the scanner, the tagger and the phrase lookups ask of most characters give the answers of the tests
// they replace, without a pattern a character and without new strings for a character already met.
import { describe, expect, it, vi } from 'vitest';
import { isLetter, wordBefore } from '../../lib/analysis/letters';
import { isSpaceCode, spaceRunStart, trimToLetters, wordAfterSpaces } from '../../lib/analysis/text/props';
import { roleBefore } from '../../lib/analysis/parties/around';
import { roleBeforeName } from '../../lib/analysis/attribution/role-gender';
import { isNameInMarks } from '../../lib/analysis/quotes/names';
import { rulesFor } from '../../lib/rules/languages';
import { charInfo, classAt, classOf } from '../../lib/analysis/text/chars';
import { Vocabulary } from '../../lib/analysis/ner/scores';
import { Cap } from '../../lib/analysis/ner/word-class';
import { patternsRun } from './patterns-run';

const BMP = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
/** The letter test isLetter stood for: a cased letter, or a character past U+02FF outside general punctuation. */
const letterByCase = (c: string) => c.toLowerCase() !== c.toUpperCase() || (c > '\u02FF' && !/[\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F]/.test(c));


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

describe('Unicode property patterns a cold page no longer compiles', () => {
  /** The sources of the property patterns (\p{…}, \P{…}) run meanwhile. */
  function propertyPatterns<T>(run: () => T): [T, string[]] {
    const seen: string[] = [];
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      if (this.source.includes('\\p{') || this.source.includes('\\P{')) seen.push(this.source); // (no pattern here: it would call this spy)
      return exec.call(this, s);
    });
    try { return [run(), seen]; } finally { spy.mockRestore(); }
  }

  it('a word without the marks and digits around it is what the negated property pattern leaves, on random words', () => {
    const ALPHABET = ['a', 'É', 'ß', '1', '.', '’', '(', '“', ' ', '-', '\u0301', 'ʼ', '𝐚', '😀', '\ud835', '\udc1a', '中'];
    let seed = 11;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 5000; k++) {
      const w = Array.from({ length: rnd(8) }, () => ALPHABET[rnd(ALPHABET.length)]).join('');
      expect(trimToLetters(w)).toBe(w.replace(/^\P{L}+|\P{L}+$/gu, ''));
    }
  });

  it('the word after white space is what the pattern takes, on random texts', () => {
    const ALPHABET = ['a', 'É', '1', ' ', '\u00a0', '\n', '-', '\u0301', '𝐚', '😀', '\ud835', '.'];
    let seed = 5;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 5000; k++) {
      const t = Array.from({ length: rnd(8) }, () => ALPHABET[rnd(ALPHABET.length)]).join('');
      const m = /^\s+(\p{L}+)/u.exec(t);
      expect(wordAfterSpaces(t)).toEqual(m ? [m[0], m[1]] : null);
    }
  });

  it('a role before a workplace preposition is read without a property pattern', () => {
    const en = rulesFor('en'), text = 'said Mia Holt, the principal analysts at Gartner';
    const [found, patterns] = propertyPatterns(() => [roleBefore(text, text.indexOf('Gartner'), 'at', en), roleBefore(text, text.indexOf('Gartner'), 'in', en), roleBefore('at ', 3, 'at', en)]);
    expect(found).toEqual([true, false, false]);
    expect(patterns).toEqual([]);
  });

  it('the role before a name, and a quotation in marks that names something, run none', () => {
    const es = rulesFor('es'), en = rulesFor('en');
    const text = 'Lo dijo «la portavoz» socialista, Esther Peña. He joined “Northwind Shipping Lines” last year.';
    const open = text.indexOf('“'), close = text.indexOf('”');
    const [found, patterns] = propertyPatterns(() => [
      roleBeforeName('Lo confirmó la portavoz socialista, ', 36, es)?.noun,
      isNameInMarks(text, { open, start: open + 1, end: close, close: close + 1 }, en),
    ]);
    expect(found).toEqual(['portavoz', true]);
    expect(patterns).toEqual([]);
  });
});
