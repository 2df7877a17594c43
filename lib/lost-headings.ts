// Headings Readability loses between two paragraphs it keeps. A live blog or a CMS that sets every block of the story
// in a box of its own puts an entry's headline alone in one box and the entry's paragraphs in the next: Readability
// drops a box whose only text is a heading (its text is not "textish", so the box has "no useful content", and a
// sibling box with no paragraph has no score), and the entries ran together with no headline between them (a live
// blog lost 31). Found by structure alone: before Readability, each heading whose neighbours in the page's order of
// paragraphs and headings are two paragraphs is noted (a copy, and the text of both paragraphs); after it, a heading
// the article lost while it holds those two paragraphs side by side goes back between them. A heading in a list,
// table, figure, form, aside, link or teaser <article>, one that is mostly a link, one whose box holds a link, a
// picture or a control beside it (a related story's card) and one in a box named as clutter (`unlikely`) are never
// noted.
import { letters } from './page/text';
import { oneLine } from './chars';
import { linkShare } from './dom';

export interface LostHeading { heading: Element; key: string; before: string; after: string }

/** Longest heading noted: a crosshead or an entry's headline, not a paragraph set in a heading tag. */
const HEADING_MAX = 200;
/** Letters a neighbour paragraph needs: a story's paragraph, found again by its text (a short line is anywhere). */
const PARA_MIN = 40;
const HEADING = /^H[2-6]$/;
/** Boxes whose headings are never the story's crossheads. */
const NOT_STORY = new Set(['ASIDE', 'NAV', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'LI', 'TABLE', 'FORM', 'DIALOG', 'BLOCKQUOTE', 'A', 'ARTICLE', 'HEADER']);

const key = letters;
const isHeading = (el: Element) => HEADING.test(el.tagName.toUpperCase());
const isPara = (el: Element) => el.tagName.toUpperCase() === 'P';

/** What a teaser's box holds beside its headline: a link, a picture, a player's controls. */
const TEASER_PARTS = 'a,img,picture,video,iframe,svg,button';

/** The heading's own boxes (up to the one that also holds the next paragraph) say it is no crosshead: one is a list,
 * table, figure, form, aside, link or teaser <article>, or named as clutter, or the outermost holds a link, a
 * picture or a control beside the heading (a related story's card, a player's "Up next"). */
function boxedApart(h: Element, next: Element, unlikely: (el: Element) => boolean): boolean {
  let own = h;
  for (let e: Element | null = h; e && !e.contains(next); e = e.parentElement) {
    if (NOT_STORY.has(e.tagName.toUpperCase()) || unlikely(e)) return true;
    own = e;
  }
  return !!own.querySelector(TEASER_PARTS);
}

/** What the walk before Readability noted: the headings, and the text of every paragraph of the page (of PARA_MIN
 * letters), to tell them from the lines Readability turns into paragraphs (an advert's "continues below" box). */
export interface NotedHeadings { notes: LostHeading[]; paras: Set<string> }

/** Blocks looked back over for the paragraph before a heading. */
const LOOK_BACK = 12;

/** The nearest paragraph of PARA_MIN letters before block `i`, past short ones ("Here's the latest:") and other
 * headings (a row of teaser cards, a player's title: the article's check that the two paragraphs stand side by side
 * says whether they went): its text, or ''. */
function paraBefore(blocks: readonly Element[], i: number): string {
  for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
    if (!isPara(blocks[j]!)) continue;
    const k = key(blocks[j]!.textContent ?? '');
    if (k.length >= PARA_MIN) return k;
  }
  return '';
}

/**
 * Before Readability: `blocks` are the page's paragraphs and <h2>–<h6> in document order. Each heading standing
 * between two paragraphs of some length (short ones and other headings before it aside) is noted with a copy of it.
 */
export function noteHeadings(blocks: readonly Element[], unlikely: (el: Element) => boolean): NotedHeadings {
  const notes: LostHeading[] = [];
  for (let i = 1; i < blocks.length - 1; i++) {
    const h = blocks[i]!, next = blocks[i + 1]!;
    if (!isHeading(h) || !isPara(next) || !h.isConnected || h.contains(next)) continue;
    const text = oneLine(h.textContent ?? '');
    if (!text || text.length > HEADING_MAX || linkShare(h).share > 0.5) continue;
    const after = key(next.textContent ?? ''), k = key(text);
    if (!k || after.length < PARA_MIN || boxedApart(h, next, unlikely)) continue;
    const before = paraBefore(blocks, i);
    if (before) notes.push({ heading: h.cloneNode(true) as Element, key: k, before, after });
  }
  const paras = new Set<string>();
  if (notes.length) for (const b of blocks) if (isPara(b)) paras.add(key(b.textContent ?? ''));
  return { notes, paras };
}

/** The outermost box of `p` in `article` that holds nothing else. */
function outerBox(p: Element, article: Element): Element {
  let box = p;
  while (box.parentElement && box.parentElement !== article && box.parentElement.children.length === 1) box = box.parentElement;
  return box;
}

/** The article's paragraphs that were the page's (of PARA_MIN letters) in order, and the place of each text among
 * them (the first of equal ones). A short line or a box Readability made a paragraph ("Article content", an
 * advert's placeholder) is no paragraph between two. */
function paragraphs(article: Element, paras: Set<string>): { list: Element[]; at: Map<string, number> } {
  const list: Element[] = [], at = new Map<string, number>();
  for (const p of Array.from(article.getElementsByTagName('p'))) {
    const k = key(p.textContent ?? '');
    if (k.length < PARA_MIN || !paras.has(k)) continue;
    if (!at.has(k)) at.set(k, list.length);
    list.push(p);
  }
  return { list, at };
}

/**
 * After Readability: each noted heading the article lost, while it holds the two paragraphs around it one right
 * after the other (no paragraph of the page between them), goes back before the second. Returns how many went back.
 */
export function restoreHeadings(article: Element, { notes, paras: own }: NotedHeadings): number {
  if (!notes.length) return 0;
  const text = key(article.textContent ?? '');
  let paras: ReturnType<typeof paragraphs> | null = null, added = 0;
  for (const n of notes) {
    if (text.includes(n.key) || !text.includes(n.before) || !text.includes(n.after)) continue;
    paras ??= paragraphs(article, own);
    const i = paras.at.get(n.before), j = paras.at.get(n.after);
    if (i === undefined || j !== i + 1) continue;
    outerBox(paras.list[j]!, article).before(n.heading);
    added++;
  }
  return added;
}
