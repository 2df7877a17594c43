// Unicode properties of one code point of a text, exact (\p{L}, \p{N}, \p{Lu}, \p{Ll} as a `u` pattern reads them),
// from the scanner's class table: a scan by hand asks these instead of compiling a property pattern on every cold
// page. A pattern is compiled only for what the table leaves open (a non-ASCII capital, a number sign), once.

import { C, classAt, charWidth } from './chars';

let upper: RegExp | null = null, lower: RegExp | null = null, number: RegExp | null = null;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Where the code point ending right before `i` starts (a surrogate pair is one, as under the `u` flag). */
export function codePointBefore(text: string, i: number): number {
  return i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
}

/** The code point starting at `i`, as a string. */
const pointAt = (text: string, i: number) => text.slice(i, i + charWidth(text, i));

/** \p{L} at `i` (the scanner classes the letter ʼ as an apostrophe). False outside the text. */
export function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122); // (ASCII first: most of a page)
  if (i < 0) return false;
  return classAt(text, i) === C.LETTER || c === 0x2bc;
}

/** \p{N} at `i`: a decimal digit, or a number sign (², Ⅻ) among what the scanner classes as symbols. */
export function numberAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 48 && code <= 57;
  if (i < 0) return false;
  const c = classAt(text, i);
  return c === C.DIGIT || (c === C.SYMBOL && (number ??= /\p{N}/u).test(pointAt(text, i)));
}

/** \p{Lu} at `i`. */
export function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return letterAt(text, i) && (upper ??= /\p{Lu}/u).test(pointAt(text, i));
}

/** \p{Ll} at `i`. */
export function lowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return letterAt(text, i) && (lower ??= /\p{Ll}/u).test(pointAt(text, i));
}

/** `w` (a word of letters) stands at `i` as a word of its own: no letter (nor, with `alone`, digit, dot or hyphen) right before it, no
 * letter (nor, with `alone`, digit) right after it. A scan for what `(?<![\p{L}\p{N}.-])w(?![\p{L}\p{N}])` (or
 * `(?<!\p{L})w(?!\p{L})`) matches, without compiling that pattern once a name (cold pages paid ~1 ms a name
 * in lib/analysis/parties/variants.ts). */
export function wordAt(text: string, i: number, w: string, alone: boolean): boolean {
  const b = codePointBefore(text, i), e = i + w.length;
  if (letterAt(text, b) || letterAt(text, e)) return false;
  return !alone || (!numberAt(text, b) && !numberAt(text, e) && text[b] !== '.' && text[b] !== '-');
}

/** The offsets where the text writes `w` as a word (wordAt). */
export function wordsAt(text: string, w: string, alone: boolean, firstOnly = false): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!wordAt(text, i, w, alone)) continue;
    out.push(i);
    if (firstOnly) break;
  }
  return out;
}

/** \p{L}, \p{M} or an apostrophe (’ ') at `i`: a character inside a word as `[^\p{L}\p{M}’']+` splits words. */
export function inWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x27 || c === 0x2019) return true;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letterAt(text, i) || classAt(text, i) === C.MARK;
}

/** The words of `text` as `text.split(/[^\p{L}\p{M}’']+/u)` gives them, empty ones left out, one at a time: `visit`
 * returns true to stop. True when it stopped. */
export function someWord(text: string, visit: (w: string) => boolean): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i += charWidth(text, i)) {
    const inside = i < text.length && inWordAt(text, i);
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) { if (visit(text.slice(start, i))) return true; start = -1; }
  }
  return false;
}

/** `w` without the letters that end it after an apostrophe ("j’ai" → "j’"), as `w.replace(/(?<=[’'])\p{L}+$/u, '')`. */
export function beforeElision(w: string): string {
  const k = Math.max(w.lastIndexOf('’'), w.lastIndexOf("'"));
  if (k < 0 || k === w.length - 1) return w;
  for (let i = k + 1; i < w.length; i += charWidth(w, i)) if (!letterAt(w, i)) return w;
  return w.slice(0, k + 1);
}

/** `s` has a letter (`/\p{L}/u.test(s)`). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i += charWidth(s, i)) if (letterAt(s, i)) return true;
  return false;
}

/** Every code point of `s` is a letter, and it has one (`/^\p{L}+$/u`). */
export function allLetters(s: string): boolean {
  for (let i = 0; i < s.length; i += charWidth(s, i)) if (!letterAt(s, i)) return false;
  return s.length > 0;
}

/** `s` is `min`–`max` upper-case letters (`/^\p{Lu}{min,max}$/u`). */
export function upperRun(s: string, min: number, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i += charWidth(s, i), n++) if (n >= max || !upperAt(s, i)) return false;
  return n >= min;
}

/** `s` without the characters other than letters that open and close it (`s.replace(/^\P{L}+|\P{L}+$/gu, '')`, whose
 * negated property compiled, cold, in most of a millisecond a page). */
export function trimToLetters(s: string): string {
  let a = 0, b = s.length;
  while (a < b && !letterAt(s, a)) a += charWidth(s, a);
  while (b > a && !letterAt(s, codePointBefore(s, b))) b = codePointBefore(s, b);
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** `/^\s+(\p{L}+)/u.exec(t)` by a scan: white space opening `t`, then the letters after it, as [both, the letters]. */
export function wordAfterSpaces(t: string): [string, string] | null {
  let k = 0;
  while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
  const e = letterRunEnd(t, k);
  return k > 0 && e > k ? [t.slice(0, e), t.slice(k, e)] : null;
}

/** The end of the run of letters from `i` (`i` itself when none starts there). */
export function letterRunEnd(s: string, i: number): number {
  while (letterAt(s, i)) i += charWidth(s, i);
  return i;
}

/** The start of the run of letters that ends at `end` (`end` itself when none ends there). */
export function letterRunStart(s: string, end: number): number {
  while (end > 0 && letterAt(s, codePointBefore(s, end))) end = codePointBefore(s, end);
  return end;
}

/** The code unit is white space as `\s` reads it (a pattern run a character cost more than the rest of a scan). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The start of the run of white space (as `\s` reads it) that ends at `end`. */
export function spaceRunStart(s: string, end: number): number {
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Nothing but white space from the start of the line holding `pos` to `pos`, and from `pos` to the line's end:
 * walked from `pos` and stopped at the first other character, so that asking about a place amid a long line costs
 * nothing (slicing the line to trim it, once a quotation, made a long paragraph of quotations quadratic). */
export function blankLineBefore(s: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && s[k] !== '\n'; k--) if (!isSpaceCode(s.charCodeAt(k))) return false;
  return true;
}
export function blankLineAfter(s: string, pos: number): boolean {
  for (let k = pos; k < s.length && s[k] !== '\n'; k++) if (!isSpaceCode(s.charCodeAt(k))) return false;
  return true;
}

/** The run of letters that ends `s` but for white space (`/(\p{L}+)\s*$/u.exec(s)?.[1]`: the leftmost start that
 * reaches the end is the run's first letter), or undefined. */
export function lastWord(s: string): string | undefined {
  const e = spaceRunStart(s, s.length), b = letterRunStart(s, e);
  return b < e ? s.slice(b, e) : undefined;
}

/** The word before `s`'s last word (lastWord) across white space, and the last word: `/(\p{L}+)\s+(\p{L}+)\s*$/u`'s
 * groups, with `lowerLast` `(\p{Ll}+)` for the last (every letter of it lower case), or null. */
export function lastTwoWords(s: string, lowerLast = false): [string, string] | null {
  const e = spaceRunStart(s, s.length), b = letterRunStart(s, e);
  if (b === e || (lowerLast && !lowerRun(s, b, e))) return null;
  const e1 = spaceRunStart(s, b), b1 = letterRunStart(s, e1);
  return e1 < b && b1 < e1 ? [s.slice(b1, e1), s.slice(b, e)] : null;
}

/** Every code point of s[a, b) is \p{Ll}. */
function lowerRun(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i += charWidth(s, i)) if (!lowerAt(s, i)) return false;
  return true;
}

/** `/(?:(\p{L}+)\s+)?(\p{L}+)\s+(\p{L}+)\s*$/u.exec(s)`'s groups: the last two words and, across white space before
 * them, the word before (undefined where none stands), or null. */
export function lastWords(s: string): [string | undefined, string, string] | null {
  const two = lastTwoWords(s);
  if (!two) return null;
  const e1 = spaceRunStart(s, s.length);
  const b2 = letterRunStart(s, spaceRunStart(s, letterRunStart(s, e1)));
  const e0 = spaceRunStart(s, b2), b0 = letterRunStart(s, e0);
  return [e0 < b2 && b0 < e0 ? s.slice(b0, e0) : undefined, two[0], two[1]];
}
