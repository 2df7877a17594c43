// Readability's own methods, wrapped on one instance before it parses (its walk calls them by name): where its
// defaults lose the reader something the page shows, the wrapper changes that one decision and nothing else.
import type { Readability } from '@mozilla/readability';
import { countLetters, oneLine } from './chars';
import { BODY } from './detect/weights';

/**
 * Readability drops the first <h1> or <h2> that reads like the page's title, taking it for the headline repeated in
 * the body, without a trace. Once the page's own <h1> has gone by, an <h2> is a section heading, however like the
 * title it reads (a listicle titled "11 Best Sleeping Bags" lost "The Best Sleeping Bag for Car Campers"). The check
 * is Readability's own method, wrapped on this one instance; its walk starts at <html> each pass.
 */
export function keepSectionHeadings(reader: Readability): void {
  const r = reader as unknown as { _headerDuplicatesTitle?: (node: Element) => boolean };
  const own = r._headerDuplicatesTitle;
  if (typeof own !== 'function') return;
  let headline: Element | null = null;
  r._headerDuplicatesTitle = (node: Element) => {
    const tag = node.tagName.toUpperCase();
    if (tag === 'HTML') headline = null;
    // An <h2> inside the <h1> (a page whose </h1> is missing: the headline holds the rest of the page) has not gone by
    // it: a teaser's copy of the title there stays Readability's to drop, as plain Readability drops it.
    if (tag === 'H2' && headline && !headline.contains(node)) return false;
    if (tag === 'H1') headline = node;
    return own.call(reader, node);
  };
}

/**
 * Readability folds a box holding a single box into it and gives the inner one the outer one's attributes: its own
 * class names were lost ("donation" under a grid's "row"), and with them what the clean stage reads of the box. The
 * check that starts the fold is wrapped on this one instance: the inner box's class names are kept before the outer
 * one's, which are written over them.
 */
export function keepInnerClasses(reader: Readability): void {
  const r = reader as unknown as { _hasSingleTagInsideElement?: (el: Element, tag: string) => boolean };
  const own = r._hasSingleTagInsideElement;
  if (typeof own !== 'function') return;
  r._hasSingleTagInsideElement = (el: Element, tag: string) => {
    const single = own.call(reader, el, tag);
    const inner = single && (tag === 'DIV' || tag === 'SECTION') ? el.children[0]?.getAttribute('class')?.trim() : '';
    if (inner) el.setAttribute('class', [...new Set(`${inner} ${el.getAttribute('class') ?? ''}`.split(/\s+/).filter(Boolean))].join(' '));
    return single;
  };
}

/** A line of furniture is this short at most ("Do 25.04.24 | 14:07 Uhr | Von Eva Muster"); a byline box is not. */
const LINE_CHARS = 160;

/** Whether `node` is part of a line of text: a word of the line stands beside it in its parent, as text. */
function inLine(node: Element): boolean {
  const parent = node.parentElement;
  if (!parent || oneLine(parent.textContent ?? '').length > LINE_CHARS) return false;
  const besideIt = [node.previousSibling, node.nextSibling];
  return besideIt.some((n) => n?.nodeType === 3 && countLetters(n.textContent ?? '', 1) > 0);
}

/** A heading that links to another page, or a link around one: a card's title. */
const LINKED_HEADING = 'a h2, a h3, a h4, a h5, h2 a, h3 a, h4 a, h5 a';

/** Whether `node` is the author of a teaser: its list item holds a linked heading, as another item of the list does
 * (a "related stories" list, each card with its headline and its author). The story's own byline is in no such list. */
function inTeaserList(node: Element): boolean {
  const item = node.closest('li');
  const list = item?.parentElement;
  if (!item || !list || !item.querySelector(LINKED_HEADING)) return false;
  return [...list.children].some((other) => other !== item && !!other.querySelector(LINKED_HEADING));
}

/** Headings that title a card of another story with a link to it ("Mehr zum Thema": <h3><a href="/other-story/">). */
const CARD_HEADING_LINK = 'h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]';
/** Whether `node` is inside a card of another story: an <article> box of a teaser's length whose heading (not the
 * node's own, an author's name set as a heading) links to another page. Its author line names that story's author
 * ("articleBox__authorListItem" under a story's foot), not this one's, where Readability's walk meets it first (the
 * story's own byline sat in a header it drops). */
function inOtherStoryCard(node: Element): boolean {
  const card = node.closest('article');
  if (!card || oneLine(card.textContent ?? '').length > BODY.teaser) return false;
  return Array.from(card.querySelectorAll(CARD_HEADING_LINK)).some((a) => !node.contains(a) && !a.contains(node) && !(a.getAttribute('href') ?? '').startsWith('#'));
}

/**
 * Readability takes the first element named for the author out of the page as the byline. An author line in a card
 * of another story (a short <article>, or an item of a list of linked headings) is not taken: Readability looks on.
 * When that element is a
 * name set inside a line ("Do 25.04.24 | 14:07 Uhr | Von <span class=authorname>Eva …</span>"), the line stayed
 * without it, its "Von" or "By" naming no one. The byline is still Readability's (the same text, the name inside it
 * when it marks one); the element stays in its line. Returns the element the byline was read from, once parsed.
 */
export function keepLineBylines(reader: Readability): () => Element | null {
  const r = reader as unknown as { _isValidByline?: (node: Element, match: string) => boolean; _articleByline?: string };
  const own = r._isValidByline;
  let taken: Element | null = null;
  if (typeof own !== 'function') return () => taken;
  r._isValidByline = (node: Element, match: string) => {
    if (!own.call(reader, node, match) || inTeaserList(node) || inOtherStoryCard(node)) return false;
    taken = node;
    if (!inLine(node)) return true;
    r._articleByline = (node.querySelector('[itemprop*="name"]') ?? node).textContent?.trim() ?? '';
    return false;
  };
  // The element the byline was read from, for its parts (byline-parts.ts): Readability keeps its text only.
  return () => taken;
}
