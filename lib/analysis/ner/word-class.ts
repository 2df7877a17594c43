// The form of a token without its words: capitalisation class and shape ("Xx", "X.X.", "dd:dd").

import { C, classAt } from '../text/chars';

export const Cap = {
  /** No letter: punctuation, numbers, symbols. */
  NONE: 0,
  /** Starts with a lower-case letter and has no capital (or is all lower-case). */
  LOWER: 1,
  /** A capital, then lower-case letters (Paris, McDonald). */
  UPPER: 2,
  /** Two or more letters, all capitals (NATO, U.S.). */
  CAPS: 3,
  /** A single capital letter (A, J.). */
  SINGLE: 4,
  /** Letters of a script without case (Han, kana, Arabic, Hangul…). */
  UNCASED: 5,
  /** Starts lower-case with a capital inside (iPhone, eBay). */
  MIXED: 6,
} as const;

const CHAR_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// kindAt of each code unit, plus one (0: not worked out yet): the case and property tests run once a character a
// process. ASCII is filled at once, so that the loops over a word's characters read the table and call kindAt only
// for a character not met yet (a call a character costs on a cold page).
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) KINDS[c] = (c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 4 : 0) + 1;

/** 1 capital, 2 lower-case, 3 letter without case, 4 digit, 0 anything else (the UTF-16 code unit at `i`). */
function kindAt(w: string, i: number): number {
  const c = w.charCodeAt(i);
  let k = KINDS[c]!;
  if (k === 0) KINDS[c] = k = testKind(w[i]!) + 1;
  return k - 1;
}

/** Case, then \p{N} 4, [\p{L}\p{M}] 3, else 0, read from the scanner's class of the character (cached, and
 * tabled at build time for Latin and punctuation: a page's first curly quote compiles no property pattern). */
function testKind(ch: string): number {
  if (ch !== ch.toLowerCase()) return 1;
  if (ch !== ch.toUpperCase()) return 2;
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return 0; // half of a surrogate pair: no property of its own
  switch (classAt(ch, 0)) {
    case C.DIGIT: return 4;
    case C.LETTER: case C.MARK: return 3;
    case C.APOS: return ch === '\u02BC' ? 3 : 0; // the modifier letter apostrophe is a letter (Lm)
    case C.SYMBOL: return /\p{N}/u.test(ch) ? 4 : 0; // symbols and numbers that are not digits (½, Ⅻ)
    default: return 0;
  }
}

export function capClass(w: string): number {
  let up = 0, low = 0, first = 0;
  for (let i = 0; i < w.length; i++) {
    const k = kindAt(w, i);
    if (k === 1) up++; else if (k === 2) low++; else if (k !== 3) continue;
    if (!first) first = k;
  }
  return capOf(up, low, first);
}

/** The class from a word's counts of capitals and lower-case letters and the kind of its first letter. */
function capOf(up: number, low: number, first: number): number {
  if (!first) return Cap.NONE;
  if (!up && !low) return Cap.UNCASED;
  if (first === 1) return low ? Cap.UPPER : up > 1 ? Cap.CAPS : Cap.SINGLE;
  if (first === 3 && !up) return low ? Cap.LOWER : Cap.UNCASED;
  return up ? Cap.MIXED : Cap.LOWER;
}

/** Han or kana: the scripts tagged a character at a time. */
export const isCharScript = (w: string): boolean => w.charCodeAt(0) >= 0x3000 && CHAR_SCRIPT.test(w);

const SHAPE = ['', 'X', 'x', 'c', 'd'];

/** Each character as X (capital), x (lower-case), d (digit), c (letter without case) or itself; runs collapsed. */
export function shapeOf(w: string): string {
  let out = '', last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const k = kindAt(w, i), ch = k ? SHAPE[k]! : w[i]!;
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

const SHAPE_CODES = SHAPE.map((c) => c.charCodeAt(0));

/** hashString(shapeOf(w)), without building the string (the hash is FNV-1a over the same code units). */
export function shapeHashOf(w: string): number {
  let h = 0x811c9dc5, n = 0, last = -1;
  for (let i = 0; i < w.length && n < 8; i++) {
    const k = kindAt(w, i), code = k ? SHAPE_CODES[k]! : w.charCodeAt(i);
    if (code !== last) { h ^= code; h = Math.imul(h, 0x01000193); n++; }
    last = code;
  }
  return h >>> 0;
}

/**
 * capClass(w) and shapeHashOf(w) in one pass over the word, as shapeHash * 8 + cap (exact: below 2^35). The tagger
 * asks both of every distinct word of a page; one loop runs, and is optimised, once instead of twice.
 */
export function wordForm(w: string): number {
  let up = 0, low = 0, first = 0, h = 0x811c9dc5, n = 0, last = -1;
  for (let i = 0; i < w.length; i++) {
    const known = KINDS[w.charCodeAt(i)]!, k = known ? known - 1 : kindAt(w, i);
    if (n < 8) {
      const code = k ? SHAPE_CODES[k]! : w.charCodeAt(i);
      if (code !== last) { h ^= code; h = Math.imul(h, 0x01000193); n++; }
      last = code;
    }
    if (k === 1) up++; else if (k === 2) low++; else if (k !== 3) continue;
    if (!first) first = k;
  }
  return (h >>> 0) * 8 + capOf(up, low, first);
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether a token has a letter or a digit (ASCII and characters that are neither decided without the pattern). */
export function isWordlike(w: string): boolean {
  let unsure = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128) { if (KINDS[c] !== 1) return true; continue; } // (the table: kind 0 is stored as 1)
    const k = c >= 0xd800 && c <= 0xdfff ? -1 : kindAt(w, i);
    if (k === 4) return true;
    if (k !== 0) unsure = true; // a letter, a mark, a cased symbol or half of a surrogate pair: the pattern decides
  }
  return unsure && WORDLIKE.test(w);
}

/** For each token, whether no letter or digit comes before it in its sentence (opening quotes do not count). */
export function initialFlags(words: readonly string[]): boolean[] {
  let seenWord = false;
  return words.map((w) => {
    const first = !seenWord;
    if (isWordlike(w)) seenWord = true;
    return first;
  });
}

/** Whether most words of a sentence are capitalised (a heading in title case): capitals say less there. */
export function isTitleLine(caps: ArrayLike<number> & Iterable<number>): boolean {
  let words = 0, capitalised = 0;
  for (const c of caps) {
    if (c === Cap.NONE || c === Cap.UNCASED) continue;
    words++;
    if (c !== Cap.LOWER) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.7;
}
