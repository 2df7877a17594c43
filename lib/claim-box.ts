// A fact check's claim and its rating ("Claim: …", "Rating: Unproven"): the core of the story, set above the text
// in small boxes of their own. Readability takes the box of the text and, beside it, only siblings with paragraphs
// of some length: the two short boxes were left out, with no trace for the reader. The evidence is the page's
// ClaimReview (schema.org JSON-LD), which names the claim and the rating: the boxes whose whole text is that claim
// or that rating (with a label of a few words) are found before Readability runs and put back after it, where they
// stood: before the story's first paragraph after them. No word of any language is read.
import { tagOf } from './dom';
import { letters } from './page/text';
import type { LdClaim } from './json-ld';

/** Letters a box holds besides its claim or rating at most: a label ("Claim", "Rating", "About this rating"). */
const LABEL_LETTERS = 40;
/** Letters of a paragraph of the story (the one the boxes are put back before). */
const PARAGRAPH_LETTERS = 60;
/** What a claim's or a rating's box never holds. */
const NOT_A_BOX = 'h1, ul, ol, nav';
/** Characters of raw text (spaces, punctuation, markup's white space) a box's letters may come with at most. */
const RAW_SHARE = 4;

export interface ClaimBoxes { boxes: Element[]; claim: string; before: string }

/** A walk of `root` in document order that can pass over an element's content ('skip') or end ('stop'). */
function walk(root: Element, visit: (el: Element) => 'skip' | 'stop' | void): void {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!, next = visit(el);
    if (next === 'stop') return;
    if (next !== 'skip') for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/** The outermost elements of `root` whose text holds `key` and at most a label besides (no headline, list or link). */
function boxesOf(root: Element, key: string): Element[] {
  const out: Element[] = [];
  walk(root, (el) => {
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'H1') return 'skip';
    const raw = el.textContent ?? '';
    // By its raw length first: a box of the page's text is read letter by letter only when it can be one.
    if (raw.length < key.length) return 'skip';
    if (raw.length > (key.length + LABEL_LETTERS) * RAW_SHARE) return;
    const t = letters(raw);
    if (t.length < key.length || t.length > key.length + LABEL_LETTERS || !t.includes(key)) return;
    // A headline, a list or a link that repeats the claim (a breadcrumb ending in the title) is no claim's box.
    const linked = Array.from(el.getElementsByTagName('a')).some((a) => letters(a.textContent ?? '').includes(key));
    if (!linked && !el.querySelector(NOT_A_BOX) && !el.closest('a, li, nav')) out.push(el);
    return 'skip';
  });
  return out;
}

/** Letters of a section heading between the boxes and the story ("Origin") at most. */
const HEADING_LETTERS = 60;
const HEADING = /^H[2-6]$/;

/** The key of the first paragraph of some length after `el` in document order, outside it, and the last short
 * heading between them (the heading the story's text stands under), if any. */
function nextParagraph(el: Element): { key: string; heading: Element | null } | null {
  let found: string | null = null, heading: Element | null = null, after = false;
  walk(el.ownerDocument.body ?? el.ownerDocument.documentElement, (e) => {
    if (e === el) { after = true; return 'skip'; }
    if (!after) return;
    const t = letters(e.textContent ?? '');
    if (HEADING.test(tagOf(e))) { heading = t && t.length <= HEADING_LETTERS && !e.closest('nav, aside, li, a') ? e : null; return 'skip'; }
    if (tagOf(e) !== 'P' || t.length < PARAGRAPH_LETTERS) return;
    found = t;
    return 'stop';
  });
  return found ? { key: found, heading } : null;
}

/**
 * Before Readability: copies of the boxes of the page's claim and rating (the rating's only beside the claim's, in
 * the same parent), with the key of the paragraph after them. Null when the page has no such box.
 */
export function findClaimBoxes(root: Element, reviews: readonly LdClaim[]): ClaimBoxes | null {
  const review = reviews[0];
  if (!review) return null;
  const key = letters(review.claim);
  const claim = boxesOf(root, key);
  if (claim.length !== 1) return null;
  const box = claim[0]!;
  const rating = review.rating ? boxesOf(root, letters(review.rating)).filter((r) => r.parentElement === box.parentElement && r !== box) : [];
  const boxes = rating.length === 1 ? [box, rating[0]!].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)) : [box];
  const next = nextParagraph(boxes[boxes.length - 1]!);
  if (!next) return null;
  // The section heading the story's text opens under ("Origin"), dropped with the boxes: a sibling of the text's box
  // with no paragraph of its own. It goes back with them, between the boxes and the text, as the page sets it.
  const kept = next.heading ? [...boxes, next.heading] : boxes;
  return { boxes: kept.map((b) => b.cloneNode(true) as Element), claim: key, before: next.key };
}

/** After Readability: the boxes (and the heading after them) back before the paragraph they stood above, unless the
 * body has the claim. */
export function restoreClaimBoxes(body: Element, found: ClaimBoxes | null): void {
  if (!found) return;
  if (letters(body.textContent ?? '').includes(found.claim)) return;
  const p = Array.from(body.getElementsByTagName('p')).find((e) => letters(e.textContent ?? '') === found.before);
  if (!p) return;
  // A heading Readability kept (in the text's own box) is not put back twice.
  const kept = new Set(Array.from(body.querySelectorAll('h2, h3, h4, h5, h6')).map((h) => letters(h.textContent ?? '')));
  for (const b of found.boxes) {
    if (HEADING.test(tagOf(b)) && kept.has(letters(b.textContent ?? ''))) continue;
    b.removeAttribute('id');
    p.before(b);
  }
}
