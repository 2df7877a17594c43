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
/** The browser's checkVisibility; true where there is none (a DOM without layout). */
const visible = (el: Element | null): boolean => (el as Checkable | null)?.checkVisibility?.() ?? true;

/** Whether the page has been laid out: its root element has a box (see `rendered`). */
export const laidOut = (doc: Document): boolean => visible(doc.documentElement);

/**
 * Whether the browser renders `el` (checkVisibility). Without layout everything counts as shown: in a test's DOM,
 * and in Firefox before a page's style sheets arrive, when it has built no boxes and every element, the root
 * included, reads as unrendered (BBC offline: the whole page was dropped from the snapshot as an unseen layer).
 */
export const rendered = (el: Element): boolean => visible(el) || !laidOut(el.ownerDocument) || boxless(el);

/** `display: contents` (SvelteKit wraps whole pages so): no box of its own, so checkVisibility says false, but its
 * children are laid out and seen; they answer for themselves. */
const boxless = (el: Element): boolean => getComputedStyle(el).display === 'contents';
