// Letters and case without Unicode property escapes: a regular expression with \p{L} compiles that property's
// tables again each time it is built, which costs on every page the extension analyses cold. These classes and tests
// do the same work cheaply for news text in any script.

import { spaceRunStart } from './text/props';

// lib/chars.ts has the clean stage's classes, which also leave out symbols and emoji; these stay as they are until
// the analysis gates are measured with those.
/** A letter or digit of any script, as a character class: everything but white space and punctuation. */
export const WORD = '[^\\s!-/:-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F]';
/** A letter of any script (as WORD, without the ASCII digits). */
export const LETTER = '[^\\s!-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F]';

// Case tests are shared with the clean stage (lib/chars.ts).
export { isUpper, isLower, startsUpper, startsLower, allUpper, caseless } from '../chars';
/** The character is a letter of a cased script, or of any script outside ASCII punctuation and digits. */
export const isLetter = (c: string | undefined): boolean => {
  if (!c) return false;
  if (c.length !== 1) return letterTest(c);
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // (the test makes two strings a character: each code unit's answer is kept, 0 not asked yet, 1 no, 2 yes)
  let k = LETTERS[code]!;
  if (k === 0) LETTERS[code] = k = letterTest(c) ? 2 : 1;
  return k === 2;
};
const LETTERS = new Uint8Array(0x10000);
const letterTest = (c: string) => c.toLowerCase() !== c.toUpperCase() || (c > '\u02FF' && !/[\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F]/.test(c));
/** A letter or digit. */
export const isWordChar = (c: string | undefined) => !!c && ((c >= '0' && c <= '9') || isLetter(c));

/** The end of the run of ASCII letters (and hyphens, with `hyphen`) from `i`. Where an ASCII character ends it, a
 * pattern's \p{L} run from `i` ends there too: a word can be looked up before compiling such a pattern. */
export function asciiRunEnd(s: string, i: number, hyphen = false): number {
  let j = i;
  for (let c = s.charCodeAt(j); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (hyphen && c === 45); c = s.charCodeAt(++j));
  return j;
}

/** The word (letters and apostrophes) that ends right before `pos` across white space, lower case; '' when nothing
 * but white space, punctuation or the start of the text stands there, or when `pos` is inside a word. */
export function wordBefore(s: string, pos: number): string {
  let k = spaceRunStart(s, pos);
  const end = k;
  while (k > 0 && (s[k - 1] === '’' || s[k - 1] === "'" || isLetter(s[k - 1]))) k--;
  return k === end || end === pos ? '' : s.slice(k, end).toLowerCase();
}
