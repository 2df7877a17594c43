// Text comparisons on the live page that ignore spacing, case, punctuation and typography, and whether the reader
// sees an element.
import { wordRuns } from '../chars';

/** Letters and digits only, lower case. */
export const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A date or time as pages print them in digits: a day with separators, or a clock time (any language). */
const DAY_OR_TIME = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d/;
const YEAR = /(^|\D)(1[89]|20)\d\d(\D|$)/;
/**
 * Words (no digit in them) beside a year alone for the line to read as a date line ("- Associated Press - Friday,
 * April 28, 2023" has four): more make a sentence that names a year (a poll's "Do you expect the 2024 race to…").
 */
const YEAR_LINE_WORDS = 8;

/** A date or time line: a day or a clock time in digits, or a year with few words beside it. */
export function looksLikeDate(text: string): boolean {
  if (text.length > 100) return false;
  if (DAY_OR_TIME.test(text)) return true;
  return YEAR.test(text) && wordRuns(text).filter((w) => !/\d/.test(w)).length <= YEAR_LINE_WORDS;
}

/**
 * Whether `text` prints the day `iso` (YYYY-MM-DD…) in any language: its year, day and month (a number or a word).
 * With no date known, any date line does.
 */
export function printsDate(text: string, iso: string | null | undefined): boolean {
  if (!looksLikeDate(text)) return false;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso ?? '');
  if (!m) return !iso; // no date known: a date line beside the byline is the article's
  const nums = (text.match(/\d+/g) ?? []).map(Number);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return nums.includes(y) && nums.includes(d) && (nums.includes(mo) || /\p{L}{3,}/u.test(text));
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
