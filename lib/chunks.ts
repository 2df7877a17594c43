// Chunked stories: some sites cut one story into several boxes of the same make, each in its own row of the page
// grid with an advertising row between them. Readability scores each box alone, keeps the best and loses the others
// (whole sections of a long feature). Found by structure alone: sibling boxes with the same tag and class, each
// holding several paragraphs of prose, between them nothing but rows without prose. The boxes are marked before
// Readability runs; when it keeps one, the others' text is put back around it in page order.
import { attr } from './dom';
import { proseLength } from './hidden';
/** Paragraphs of prose each box of a family holds: a teaser or a comment has fewer. */
const BOX_PROSE = 3;
/** The family's share of the page's prose: a story's boxes hold most of it, a list of comments or cards does not. */
const FAMILY_SHARE = 0.6;
/** Boxes in a family at most: more is a list, not one story in parts. */
const MAX_BOXES = 40;

interface Counts {
  /** Prose paragraphs under each element (each counted for every ancestor up to <body>). */
  prose: Map<Element, number>;
  /** Their characters under each element. */
  chars: Map<Element, number>;
  total: number;
}

function proseCounts(body: Element): Counts {
  const prose = new Map<Element, number>(), chars = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const n = proseLength(p);
    if (!n) continue;
    total += n;
    for (let e = p.parentElement; e && e !== body; e = e.parentElement) {
      prose.set(e, (prose.get(e) ?? 0) + 1);
      chars.set(e, (chars.get(e) ?? 0) + n);
    }
  }
  return { prose, chars, total };
}

const isProse = (el: Element): boolean => el.tagName.toUpperCase() === 'P' && proseLength(el) > 0;

const signature = (el: Element): string => `${el.tagName}|${attr(el, 'class')}`;

/** Whether a box could open a story of its own (the next story a site loads below this one): not a chunk. */
const ownStory = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'ARTICLE' || el.getElementsByTagName('h1').length > 0 || el.getElementsByTagName('time').length > 0;

/** The deepest element inside `box` that holds all its prose paragraphs: where the story's text sits. */
function holder(box: Element, c: Counts): Element {
  let at = box;
  for (;;) {
    const n = c.prose.get(at) ?? 0;
    let next: Element | null = null;
    for (let k = at.firstElementChild; k && !next; k = k.nextElementSibling) if (c.prose.get(k) === n) next = k;
    if (!next) return at;
    at = next;
  }
}

const HEADINGS = /^H[1-6]$/;
/** Text a row between two boxes may hold (an "Advertisement" label) and still be no part of the story. */
const SEPARATOR_CHARS = 40;

/** Marked hidden in the markup itself (the CLI sees no styles): never joined, its text would show. */
const markedHidden = (el: Element): boolean =>
  el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style'));

/** A row between two boxes: no prose, hardly any text, no heading (joining would move the boxes past it). */
function separator(el: Element, c: Counts): boolean {
  if ((c.prose.get(el) ?? 0) > 0 || HEADINGS.test(el.tagName.toUpperCase())) return false;
  if (el.getElementsByTagName('h2').length || el.getElementsByTagName('h3').length) return false;
  return (el.textContent ?? '').trim().length <= SEPARATOR_CHARS;
}

/**
 * The boxes under `parent` if its children are one story in parts: every child with prose is a box of one make (same
 * tag, same class, never none), with several paragraphs, not hidden; the parent holds no prose paragraph of its own;
 * between the first box and the last there are only separator rows. Else null.
 */
function familyUnder(parent: Element, c: Counts): Element[] | null {
  const kids = Array.from(parent.children);
  const boxes = kids.filter((k) => (c.prose.get(k) ?? 0) > 0);
  if (boxes.length < 2 || boxes.length > MAX_BOXES) return null;
  const sig = signature(boxes[0]!);
  if (sig.endsWith('|')) return null;
  if (!boxes.every((b) => signature(b) === sig && (c.prose.get(b) ?? 0) >= BOX_PROSE && !markedHidden(b))) return null;
  if (boxes.slice(1).some(ownStory) || kids.some(isProse)) return null;
  const from = kids.indexOf(boxes[0]!), to = kids.indexOf(boxes[boxes.length - 1]!);
  for (let i = from; i <= to; i++) {
    const k = kids[i]!;
    if (!boxes.includes(k) && !separator(k, c)) return null;
  }
  return boxes;
}

/** The story's text as one family of boxes, or null: the largest family under one parent with most of the prose. */
export function findChunks(body: Element, c: Counts = proseCounts(body)): Element[] | null {
  if (!c.total) return null;
  const parents = new Set<Element>();
  for (const e of c.prose.keys()) if (e.parentElement && (c.prose.get(e) ?? 0) >= BOX_PROSE) parents.add(e.parentElement);
  for (const parent of parents) {
    const fam = familyUnder(parent, c);
    if (fam && fam.reduce((n, box) => n + (c.chars.get(box) ?? 0), 0) >= c.total * FAMILY_SHARE) return fam;
  }
  return null;
}

const HOLDER_ATTR = 'data-cp-text';

/**
 * Before Readability: number the element that holds the text in each box of a story cut into parts. Returns how
 * many were marked (0: the page is not chunked). Readability keeps the marks (data attributes).
 */
export function markChunks(body: Element): number {
  const c = proseCounts(body), fam = findChunks(body, c);
  if (!fam) return 0;
  fam.forEach((box, i) => holder(box, c).setAttribute(HOLDER_ATTR, String(i)));
  return fam.length;
}

const marked = (root: ParentNode): Element[] => Array.from(root.querySelectorAll(`[${HOLDER_ATTR}]`));

/**
 * After Readability: when it kept one box of a marked story and left the others in the page, their text (as the
 * page holds it after Readability's pass) goes before and after the kept box's text, in page order. Nothing changes
 * when it kept the whole story or none of it. The marks are taken off everywhere. Returns the boxes added.
 */
export function joinChunks(article: Element, doc: Document): number {
  // Readability can leave the page without a root element (linkedom then has no body to give)
  const page = doc.documentElement ? doc.body : null;
  const kept = marked(article);
  const left = page ? marked(page).filter((h) => !article.contains(h)) : [];
  let added = 0;
  if (kept.length === 1 && left.length) {
    const into = kept[0]!, at = Number(into.getAttribute(HOLDER_ATTR)), first = into.firstChild;
    for (const h of left) {
      const before = Number(h.getAttribute(HOLDER_ATTR)) < at;
      while (h.firstChild) into.insertBefore(h.firstChild, before ? first : null);
      added++;
    }
  }
  for (const el of [...kept, ...(page ? marked(page) : [])]) el.removeAttribute(HOLDER_ATTR);
  return added;
}
