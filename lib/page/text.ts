// Text comparisons on the live page that ignore spacing, case, punctuation and typography, and whether the reader
// sees an element.

/** Letters and digits only, lower case. */
export const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A date or time as pages print them: a year, digits with separators, or a clock time (any language). */
const DATE_TEXT = /(^|\D)(1[89]|20)\d\d(\D|$)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d/;

export function looksLikeDate(text: string): boolean {
  return text.length <= 100 && DATE_TEXT.test(text);
}

type Checkable = Element & { checkVisibility?: () => boolean };

/**
 * Whether the browser renders `el` (checkVisibility). Without layout everything counts as shown: in a test's DOM,
 * and in Firefox before a page's style sheets arrive, when it has built no boxes and every element, the root
 * included, reads as unrendered (BBC offline: the whole page was dropped from the snapshot as an unseen layer).
 */
export function rendered(el: Element): boolean {
  const check = (el as Checkable).checkVisibility;
  return typeof check !== 'function' || check.call(el) || !laidOut(el.ownerDocument);
}

/** Whether the page has been laid out: its root element has a box (see `rendered`). */
export function laidOut(doc: Document): boolean {
  const root = doc.documentElement as Checkable | null;
  return !root || typeof root.checkVisibility !== 'function' || root.checkVisibility();
}
