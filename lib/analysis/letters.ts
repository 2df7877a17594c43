// Letters and case without Unicode property escapes: a regular expression with \p{L} compiles that property's
// tables again each time it is built, which costs on every page the extension analyses cold. These classes and tests
// do the same work cheaply for news text in any script.

/** A letter or digit of any script, as a character class: everything but white space and punctuation. */
export const WORD = '[^\\s!-/:-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F]';
/** A letter of any script (as WORD, without the ASCII digits). */
export const LETTER = '[^\\s!-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u206F\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F]';

/** The character is a cased letter in upper case (É, Ж) / in lower case (é, ж). */
export const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();
export const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase();
/** The first character of s is upper case / lower case. */
export const startsUpper = (s: string) => isUpper(s[0]);
export const startsLower = (s: string) => isLower(s[0]);
/** The character is a letter of a cased script, or of any script outside ASCII punctuation and digits. */
export const isLetter = (c: string | undefined) => !!c && (c.toLowerCase() !== c.toUpperCase() || (c > '\u02FF' && !/[\u2000-\u206F\u3000-\u303F\uFF01-\uFF0F]/.test(c)));
/** A letter or digit. */
export const isWordChar = (c: string | undefined) => !!c && ((c >= '0' && c <= '9') || isLetter(c));

/** Every letter of s is upper case, and it has one at least ("NATO", "ISTANBUL"). */
export const allUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();
