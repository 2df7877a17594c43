// Letters, digits and currency signs without Unicode property escapes. A pattern with \p{L} builds that property's
// tables each time it is compiled (0.5–1.5 ms, more on a loaded machine), and cleaning runs cold, once a page, in
// every tab. These classes approximate \p{L}\p{N} by what they leave out (white space, punctuation, symbols, emoji),
// which is exact for the letters and digits of every script news is written in (a character outside the first plane
// counts as one only inside a pattern, not when tested alone); marks inside a word (Devanagari
// vowel signs) stay in the word, as a reader sees them.

/** Code units that are never part of a word: white space, ASCII and Latin-1 punctuation and signs, general
 * punctuation, currency, letterlike and number-form signs, arrows, mathematical and technical signs, box drawing,
 * shapes, dingbats, CJK and full-width punctuation. */
const NOT_WORD = '\\s!-/:-@\\[-`{-~\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u2BFF\\u2E00-\\u2E7F\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\uFFE0-\\uFFEE\\uFFFD';
/** Characters outside the first plane come as two code units: emoji (high half D83C–D83E) are not words; the
 * others (rare Han characters, historic scripts) are. */
const SURROGATES = '\\uD800-\\uDFFF';
const ASTRAL_WORD = '[\\uD800-\\uD83B\\uD83F-\\uDBFF][\\uDC00-\\uDFFF]';
const EMOJI = '[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]';
/** One letter or digit of any script, as a pattern (for patterns built with `new RegExp`, no `u` flag). */
export const WORD_CHAR = `(?:[^${NOT_WORD}${SURROGATES}]|${ASTRAL_WORD})`;
/** One character that is not a letter or digit. */
export const NON_WORD_CHAR = `(?:[${NOT_WORD}]|${EMOJI})`;
/** One letter of any script (a word character that is not an ASCII digit). */
export const LETTER_CHAR = `(?:[^0-9${NOT_WORD}${SURROGATES}]|${ASTRAL_WORD})`;

const WORDS = new RegExp(`${WORD_CHAR}+`, 'g');
const NON_WORDS = new RegExp(`${NON_WORD_CHAR}+`, 'g');
const IS_WORD = new RegExp(`^${WORD_CHAR}$`);

/** The character is a letter or digit of any script. */
export const isWordChar = (c: string | undefined): boolean => !!c && IS_WORD.test(c);
/** The character is a letter of any script. */
export const isLetterChar = (c: string | undefined): boolean => !!c && !(c >= '0' && c <= '9') && IS_WORD.test(c);

/** A Hangul syllable (U+AC00–U+D7A3): Korean names and titles are written in them. */
export const HANGUL = /[\uAC00-\uD7A3]/;

/** The runs of letters and digits of a text ("l'appel, 2024!" → l, appel, 2024). */
export const wordRuns = (text: string): string[] => text.match(WORDS) ?? [];
/**
 * White space to collapse into one space: a run of two or more, or one character that is not a plain space. The
 * same result as replacing every run (`/\s+/g`), but a lone space, between most words of a text, is no match: the
 * engine makes no replacement for it (several times faster on prose; collapsing runs over every block is hot).
 */
export const SPACE_RUNS = /\s{2,}|[^\S ]/g;
/** A text's words (letters and digits), lower case ("Hafen-Streik, 2024" → hafen, streik, 2024). */
export const lowerWords = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Words as white space separates them (a script without spaces counts a run as one). */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** A sentence's end in any script, closing quotation marks and brackets after it ("… said.”", "…。」"). */
export const SENTENCE_END = /[.!?。！？؟।…]["'”’»)\]]*$/;

/** White space collapsed to single spaces, ends trimmed: a text as one line. */
export const oneLine = (s: string): string => s.replace(SPACE_RUNS, ' ').trim();

/** The text with everything but letters and digits taken out ("Harbour-Gazette.org" → HarbourGazetteorg). */
export const squeezeWords = (text: string): string => text.replace(NON_WORDS, '');

/** A name's words to compare with another writing of it: accents folded, lower case, letters and digits only
 * ("Aktuálně.cz" -> aktualne, cz). Site names, bylines, file names. */
export const foldedWords = (s: string): string[] => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** How many letters the text holds (stops counting at `enough`). */
export function countLetters(text: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (isLetterChar(text[i])) n++;
  return n;
}

/** The character is a cased letter in upper case (É, Ж) / in lower case (é, ж): Latin, Greek, Cyrillic… */
export const isUpper = (c: string | undefined): boolean => !!c && c !== c.toLowerCase();
export const isLower = (c: string | undefined): boolean => !!c && c !== c.toUpperCase();
/** The first character of s is upper case / lower case. */
export const startsUpper = (s: string): boolean => isUpper(s[0]);
export const startsLower = (s: string): boolean => isLower(s[0]);
/** Every letter of s is upper case, and it has one at least ("NATO", "ISTANBUL"). */
export const allUpper = (s: string): boolean => s !== s.toLowerCase() && s === s.toUpperCase();
/** Written without letter case (Han, Hangul, Arabic…): no capital can mark it as a name. */
export const caseless = (s: string): boolean => s.toLowerCase() === s.toUpperCase();

/** A currency sign (the Unicode category Sc: $, ¢–¥, ₠–₿, and the signs of the scripts that have their own). */
export function isCurrencySign(c: string | undefined): boolean {
  if (!c) return false;
  return c === '$' || (c >= '\u00a2' && c <= '\u00a5') || (c >= '\u20a0' && c <= '\u20c0') || CURRENCY_SIGNS.includes(c);
}
const CURRENCY_SIGNS = '\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6';

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The share of `text`'s words that `other` has too: another wording of one headline, a title. 1 for a text of no words. */
export function wordShare(text: string, other: string): number {
  const words = lowerWords(text);
  if (!words.length) return 1;
  const own = new Set(lowerWords(other));
  return words.filter((w) => own.has(w)).length / words.length;
}
