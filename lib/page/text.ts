// Text comparisons on the live page that ignore spacing, case, punctuation and typography, and whether the reader
// sees an element.

/** Letters and digits only, lower case. */
export const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A date or time as pages print them: a year, digits with separators, or a clock time (any language). */
const DATE_TEXT = /(^|\D)(1[89]|20)\d\d(\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d/;

export function looksLikeDate(text: string): boolean {
  return text.length <= 100 && DATE_TEXT.test(text);
}

/** Whether the browser renders `el` (checkVisibility); without layout, as in a test's DOM, everything counts as shown. */
export function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}
