// Character classes for the scanner: one small number a code unit (class in the low 4 bits, script in the high 4),
// worked out once by Unicode property tests and cached, so the scan itself is a table lookup per character.

import { CHAR_RUNS } from './char-table';

export const C = {
  SPACE: 1, LETTER: 2, MARK: 3, DIGIT: 4, APOS: 5, HYPHEN: 6, PERIOD: 7, PUNCT: 8, SYMBOL: 9, OTHER: 10,
} as const;

/** Writing systems the scanner tells apart. `none` for digits, punctuation and symbols. */
export type Script =
  | 'none' | 'latin' | 'greek' | 'cyrillic' | 'armenian' | 'georgian' | 'hebrew' | 'arabic' | 'indic' | 'thai'
  | 'han' | 'kana' | 'hangul' | 'other';

export const SCRIPTS: readonly Script[] = [
  'none', 'latin', 'greek', 'cyrillic', 'armenian', 'georgian', 'hebrew', 'arabic', 'indic', 'thai', 'han', 'kana',
  'hangul', 'other',
];
const S = Object.fromEntries(SCRIPTS.map((s, i) => [s, i])) as Record<Script, number>;

// Scripts written without spaces between words: each character is a token (as the Chinese training data is tagged).
export const CHAR_SCRIPTS = new Set<Script>(['han', 'kana']);

const SCRIPT_TESTS: [RegExp, Script][] = [
  [/\p{Script=Latin}/u, 'latin'], [/\p{Script=Han}/u, 'han'], [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Arabic}/u, 'arabic'], [/[\p{Script=Hiragana}\p{Script=Katakana}ー]/u, 'kana'],
  [/\p{Script=Hangul}/u, 'hangul'], [/\p{Script=Greek}/u, 'greek'], [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Thai}/u, 'thai'], [/\p{Script=Armenian}/u, 'armenian'], [/\p{Script=Georgian}/u, 'georgian'],
  [/[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u, 'indic'],
];

const APOS = new Set(["'", '’', 'ʼ', '‘']);
const HYPHEN = new Set(['-', '‐', '‑']);

/** Class and script of a character by Unicode property tests (charInfo caches it per code unit). */
export function classify(ch: string): number {
  if (/\s/u.test(ch)) return C.SPACE;
  if (APOS.has(ch)) return C.APOS;
  if (HYPHEN.has(ch)) return C.HYPHEN;
  if (ch === '.') return C.PERIOD;
  // punctuation before digits and letters (the categories are disjoint): quotes and dashes, the commonest
  // characters outside ASCII on a page, then compile no letter or digit pattern
  if (/\p{P}/u.test(ch)) return C.PUNCT;
  if (/\p{Nd}/u.test(ch)) return C.DIGIT;
  if (/\p{L}/u.test(ch) || ch === 'ー') {
    const hit = SCRIPT_TESTS.find(([re]) => re.test(ch));
    return C.LETTER | (S[hit ? hit[1] : 'other'] << 4);
  }
  if (/\p{M}/u.test(ch)) return C.MARK;
  if (/[\p{S}\p{N}]/u.test(ch)) return C.SYMBOL;
  return C.OTHER;
}

// ASCII, classed as classify classes it without its pattern tests (a page's first characters compiled a dozen
// Unicode property patterns): letters, digits, spaces, the apostrophe, hyphen and period, symbols ($+<=>^`|~),
// control characters; every other mark is punctuation. tests/analysis/text.test.ts holds it equal to classify.
const ASCII_SYMBOLS = '$+<=>^`|~';

function asciiClass(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return C.LETTER | (S.latin << 4);
  if (code >= 48 && code <= 57) return C.DIGIT;
  if (code === 32 || (code >= 9 && code <= 13)) return C.SPACE;
  if (code === 39) return C.APOS;
  if (code === 45) return C.HYPHEN;
  if (code === 46) return C.PERIOD;
  if (code < 32 || code === 127) return C.OTHER;
  return ASCII_SYMBOLS.includes(String.fromCharCode(code)) ? C.SYMBOL : C.PUNCT;
}

const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = asciiClass(c);
// Latin-1, Latin Extended-A/B and general punctuation from a table made by classify at build time (char-table.ts):
// a page's first accented letter or curly quote then compiles none of classify's property patterns
for (const [from, runs] of CHAR_RUNS) {
  let c = from;
  for (let k = 0; k < runs.length; k += 2) { BMP.fill(runs[k]!, c, c + runs[k + 1]!); c += runs[k + 1]!; }
}

/** Class and script of the character starting at `i` (astral characters are classed by their whole code point). */
export function charInfo(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return classify(text.slice(i, i + charWidth(text, i)));
  let v = BMP[code];
  if (v === 0) v = BMP[code] = classify(text[i]!);
  return v ?? 0; // past the end (code NaN): no class, as the bit masks of classOf and scriptOf read it
}

/** Width in code units of the character starting at `i`. */
export function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i), next = text.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

export const classOf = (info: number): number => info & 15;

/** classOf(charInfo(text, i)), one call instead of two: the scanner and the phrase lookups ask it of most
 * characters of a page, and a cold page runs them unoptimised, where each call costs. */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) { const v = BMP[code]; if (v) return v & 15; }
  return charInfo(text, i) & 15;
}
export const scriptOf = (info: number): Script => SCRIPTS[info >> 4]!;

/** Upper-case letter at the start of `s` (any cased script). */
export const startsUpper = (s: string): boolean => s.length > 0 && s[0] !== s[0]!.toLowerCase();
/** Lower-case letter at the start of `s`. */
export const startsLower = (s: string): boolean => s.length > 0 && s[0] !== s[0]!.toUpperCase();
