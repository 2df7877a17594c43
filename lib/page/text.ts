// Text comparisons on the live page that ignore spacing, case, punctuation and typography.

/** Letters and digits only, lower case. */
export const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A date or time as pages print them: a year, digits with separators, or a clock time (any language). */
const DATE_TEXT = /(^|\D)(1[89]|20)\d\d(\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d/;

export function looksLikeDate(text: string): boolean {
  return text.length <= 100 && DATE_TEXT.test(text);
}
