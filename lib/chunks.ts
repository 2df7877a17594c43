// Chunked stories: some sites cut one story into several boxes of the same make, each in its own row of the page
// grid with an advertising row between them. Readability scores each box alone, keeps the best and loses the others
// (whole sections of a long feature). Found by structure alone: sibling boxes with the same tag and class, each
// holding several paragraphs of prose (or a few set exactly as the story's are), between them nothing but rows
// without prose. The boxes are marked before
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

/** How many prose paragraphs of each make (tag and class) a box holds. */
function paragraphMakes(box: Element): Map<string, number> {
  const makes = new Map<string, number>();
  for (const p of Array.from(box.getElementsByTagName('p'))) if (proseLength(p)) makes.set(signature(p), (makes.get(signature(p)) ?? 0) + 1);
  return makes;
}

/** The make most of the full boxes' prose paragraphs have, if it has a class: how the story's text is set. */
function storyMake(full: Element[]): string | null {
  const all = new Map<string, number>();
  for (const b of full) for (const [m, n] of paragraphMakes(b)) all.set(m, (all.get(m) ?? 0) + n);
  const top = [...all].sort((a, b) => b[1] - a[1])[0];
  return top && !top[0].endsWith('|') ? top[0] : null;
}

/**
 * The boxes under `parent` if its children are one story in parts: a run of boxes of one make (same tag, same class,
 * never none), not hidden, each with several paragraphs of prose, or fewer all set as the story's text is (same tag
 * and class of paragraph: the story's last lines after an advert); the parent holds no prose paragraph of its own;
 * between the first box and the last only separator rows, or rows with no prose or a little of another make (a
 * player and its blurb, a teaser; of the boxes' make, or of any when the story's paragraphs have a class of their
 * own): those are left out. Boxes before or after the run (the page's
 * header) do not matter. Else null.
 */
function familyUnder(parent: Element, c: Counts): Element[] | null {
  const kids = Array.from(parent.children);
  if (kids.some(isProse)) return null;
  const prose = (k: Element) => c.prose.get(k) ?? 0;
  const withProse = kids.filter((k) => prose(k) > 0);
  if (withProse.length < 2 || withProse.length > MAX_BOXES) return null;
  const full = withProse.filter((k) => prose(k) >= BOX_PROSE);
  const sig = full[0] ? signature(full[0]) : '|';
  if (sig.endsWith('|')) return null;
  const make = storyMake(full.filter((k) => signature(k) === sig));
  const sameMake = (k: Element) => signature(k) === sig && !markedHidden(k);
  const member = (k: Element) => sameMake(k) &&
    (prose(k) >= BOX_PROSE || (!!make && [...paragraphMakes(k).keys()].every((m) => m === make)));
  // A row with a little prose, none set as the story's is: a player and its blurb, a teaser. Of another make too
  // (an inline teaser box between two parts) when the story's paragraphs have a make of their own to tell it by.
  const aside = (k: Element) => (sameMake(k) || !!make) && prose(k) < BOX_PROSE && !paragraphMakes(k).has(make ?? '');
  const members = withProse.filter(member);
  // (none when every box of the first one's make is hidden: the walk below would start at index -1)
  if (members.length < 2) return null;
  const from = kids.indexOf(members[0]!), to = kids.indexOf(members[members.length - 1]!);
  for (let i = from; i <= to; i++) {
    const k = kids[i]!;
    if (!member(k) && !separator(k, c) && !aside(k)) return null;
  }
  if (members.slice(1).some(ownStory)) return null;
  return members;
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
 * After Readability: when it kept some boxes of a marked story and left the others in the page, the text of each
 * left (as the page holds it after Readability's pass) goes where it stood: before the text of the next kept box,
 * or after the last kept box's text when none follows. Nothing changes when it kept the whole story or none of it.
 * The marks are taken off everywhere. Returns the boxes added.
 */
export function joinChunks(article: Element, doc: Document): number {
  // Readability can leave the page without a root element (linkedom then has no body to give)
  const page = doc.documentElement ? doc.body : null;
  const at = (h: Element) => Number(h.getAttribute(HOLDER_ATTR));
  const kept = marked(article).sort((a, b) => at(a) - at(b));
  const left = page ? marked(page).filter((h) => !article.contains(h)).sort((a, b) => at(a) - at(b)) : [];
  let added = 0;
  if (kept.length && left.length) {
    // Each kept box's own first node, where what stood before it goes (in page order, the earliest first).
    const firsts = new Map(kept.map((k) => [k, k.firstChild]));
    for (const h of left) {
      const next = kept.find((k) => at(k) > at(h)), into = next ?? kept[kept.length - 1]!;
      while (h.firstChild) into.insertBefore(h.firstChild, next ? firsts.get(next) ?? null : null);
      added++;
    }
  }
  for (const el of [...kept, ...(page ? marked(page) : [])]) el.removeAttribute(HOLDER_ATTR);
  return added;
}
