// A dateline set apart from the paragraph it heads: "AUBURN, Wash. —" in an element of its own (a <span
// class="dateline"> before the first <p>, which Readability wraps in a paragraph of its own). The reader would see the
// place as a paragraph alone; it belongs at the start of the next one, as in print. Known by its shape, in any
// language: a short line that ends with a dash, right before a paragraph of prose. Nothing is dropped: the place and
// the dash move into the paragraph.
import { oneLine } from './chars';

/** A dateline's words at most ("WASHINGTON, Dec. 3 (Reuters) —"). */
const MAX_WORDS = 8;
/** The paragraph a dateline heads says this much (a label or a heading says less). */
const PARAGRAPH_WORDS = 8;
/** Ends with a dash (em, en, or a hyphen set apart by a space), the dateline's own punctuation. */
const ENDS_WITH_DASH = /\S\s*(?:—|–|\s-|--)$/u;
/** Starts with a letter (a place), not a digit or a mark: "— 3 —" is a divider. */
const STARTS_WITH_LETTER = /^\p{L}/u;

const words = (s: string) => s.split(' ').filter(Boolean).length;

/** Whether `p` is a dateline alone: a short line ending with a dash, with no picture, link or line break. */
function loneDateline(p: Element): boolean {
  const text = oneLine(p.textContent ?? '');
  if (!ENDS_WITH_DASH.test(text) || !STARTS_WITH_LETTER.test(text) || words(text) > MAX_WORDS) return false;
  return !p.querySelector('img, picture, svg, video, iframe, a, br');
}

/** Moves each lone dateline of `body` into the paragraph it heads (the next element, a <p> of prose). */
export function joinLoneDatelines(body: Element): void {
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const next = p.nextElementSibling;
    if (next?.tagName.toUpperCase() !== 'P' || !loneDateline(p)) continue;
    const prose = oneLine(next.textContent ?? '');
    if (words(prose) < PARAGRAPH_WORDS || loneDateline(next)) continue;
    if (!/\s$/u.test(p.textContent ?? '')) next.insertBefore(p.ownerDocument.createTextNode(' '), next.firstChild);
    while (p.lastChild) next.insertBefore(p.lastChild, next.firstChild);
    p.remove();
  }
}

/** A dateline in an element of its own at a paragraph's start, its closing mark glued to the first word ("<cite>Hong
 * Kong (CNN Business)</cite>A muddled view": the site spaces them with its style sheet). */
const CLOSES = /[)\]—–]$/u;

/** Puts the space the site's style sheet gave between such a dateline and the paragraph's first word. */
export function spaceGluedDatelines(body: Element): void {
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const first = p.firstElementChild;
    if (!first || (p.firstChild !== first && oneLine(p.firstChild?.textContent ?? '') !== '')) continue;
    const text = oneLine(first.textContent ?? '');
    const next = first.nextSibling;
    if (!CLOSES.test(text) || words(text) > MAX_WORDS || !next || next.nodeType !== 3 || !/^\p{L}/u.test(next.textContent ?? '')) continue;
    p.insertBefore(p.ownerDocument.createTextNode(' '), next);
  }
}
