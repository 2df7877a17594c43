// DOM helpers that behave the same in every DOM the pipeline runs in (the browser, linkedom, jsdom, happy-dom)
// and never recurse, so that a page nested 10 000 levels deep cannot overflow the stack.

import { oneLine } from './chars';

/** Calls `visit` for every element under `root` (root included), in document order; stops when it returns false.
 * Two flat stacks, not one of [element, depth] pairs: no allocation per element (a page has thousands). */
export function eachElement(root: Element, visit: (el: Element, depth: number) => boolean | void): void {
  const els: Element[] = [root], depths: number[] = [1];
  while (els.length) {
    const el = els.pop()!, d = depths.pop()!;
    if (visit(el, d) === false) return;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) { els.push(c); depths.push(d + 1); }
  }
}

/** Element count and deepest nesting under `root`, stopping early once either passes `stopAt`. */
export function measureTree(root: Element, stopAt = Infinity): { elements: number; depth: number } {
  let elements = 0, depth = 0;
  eachElement(root, (_el, d) => {
    elements++;
    if (d > depth) depth = d;
    return elements <= stopAt && depth <= stopAt;
  });
  return { elements, depth };
}

/** Elements that show something besides text. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'CANVAS']);
/** Elements a paragraph's running text is made of (a caption's credit, a hover card's name sit in them). */
/** A figure or its caption: a block inside one belongs to the picture. */
export const FIGURE_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION']);
/** An element's tag name in capitals, as HTML and XHTML documents give it alike. */
export const tagOf = (el: Element): string => el.tagName.toUpperCase();
export const INLINE_TAGS: ReadonlySet<string> = new Set(['SPAN', 'A', 'B', 'STRONG', 'I', 'EM', 'SMALL', 'MARK', 'SUP', 'SUB', 'U', 'CITE', 'Q']);

/** A picture at most this size in pixels (an SVG's width and height, an image's width or height attribute) is an
 * icon (a play button, a magnifier, a share button's logo, a live dot), not a picture. */
export const ICON_PX = 48;

/**
 * Whether the element is or holds a picture, a video, a frame or another medium that shows without text. With
 * `iconPx` (ICON_PX), an SVG no larger than that is an icon, not a picture.
 */
export function hasMedia(el: Element, iconPx?: number): boolean {
  let found = false;
  eachElement(el, (e) => {
    const tag = e.tagName.toUpperCase();
    if (!MEDIA_TAGS.has(tag) || (iconPx !== undefined && tag === 'SVG' && svgSize(e) <= iconPx)) return;
    found = true;
    return false;
  });
  return found;
}

const svgSize = (e: Element): number =>
  Math.max(parseFloat(e.getAttribute('width') ?? '0') || 0, parseFloat(e.getAttribute('height') ?? '0') || 0);

/** How many element children `el` has, counting no further than `max + 1` (some DOMs build the whole list). */
export function childCountUpTo(el: Element, max: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= max; c = c.nextElementSibling) n++;
  return n;
}

/** The nearest ancestor-or-self whose tag is in `tags` (upper case), without a selector (slow to parse in linkedom). */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(e.tagName.toUpperCase())) return e;
  return null;
}

/** The nearest of `el` and its ancestors that carries the attribute `name` (a walk, not a selector: linkedom parses a
 * selector anew on every call). */
export function closestWithAttr(el: Element, name: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute(name)) return e;
  return null;
}

/** The first element under `root` (root excluded), in document order, that passes `test` (querySelector's answer,
 * without a selector to parse). */
export function firstInside(root: Element, test: (e: Element) => boolean): Element | null {
  let found: Element | null = null;
  eachElement(root, (e) => { if (e !== root && test(e)) { found = e; return false; } });
  return found;
}

/** The first element under `root` (root excluded), in document order, that carries the attribute `name`. */
export const firstWithAttr = (root: Element, name: string): Element | null => firstInside(root, (e) => e.hasAttribute(name));

/** The `tag` elements (lower case) of `root` that querySelectorAll(tag) finds: none inside a <template>, whose
 * content a browser keeps out of the tree and linkedom's selectors skip. Its list of one tag, without a selector to
 * test on every element of the page. */
export function tagged(root: Document | Element, tag: string): Element[] {
  // The list is in document order, so neighbours share most ancestors: each ancestor's answer is kept for the next.
  const known = new Map<Element, boolean>();
  return Array.from(root.getElementsByTagName(tag)).filter((el) => !inTemplate(el, known));
}

/** Whether an ancestor of `el` is a <template>; `known` holds that answer for ancestors already walked (an element
 * is "in" when it or one of its ancestors is a template). */
function inTemplate(el: Element, known: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let answer = false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const k = known.get(p);
    if (k !== undefined) { answer = k; break; }
    if (p.localName === 'template') { answer = true; break; }
    path.push(p);
  }
  for (const p of path) known.set(p, answer);
  return answer;
}

/** Whether `el` or an element inside it matches `test` (a walk, not a selector). */
export function someElement(el: Element, test: (e: Element) => boolean): boolean {
  let found = false;
  eachElement(el, (e) => { if (test(e)) { found = true; return false; } });
  return found;
}

/** An attribute's value, read as its attribute node. linkedom answers getAttribute('class') by building the
 * element's token list (the costliest step of reading class names in Node); browsers read either as cheaply. */
export const attr = (el: Element, name: string): string => el.getAttributeNode(name)?.value ?? '';
/** The class and id of an element, as one string ("share-bar social top"). */
export const classAndId = (el: Element): string => `${attr(el, 'class')} ${attr(el, 'id')}`;

/** An <h1> inside a link is the masthead (the site's name or logo linking home), not the story's headline; so is one
 * without a word, a logo's picture alone (WordPress themes set `<h1><a href="/"><img class="logo"></a></h1>`). */
export const isMasthead = (h1: Element): boolean => !!h1.parentElement?.closest('a[href]') || !(h1.textContent ?? '').trim();

/** The body's first <h1> in document order that is no masthead (else the first <h1>), or null: where the header box
 * beside the story starts. */
export function firstHeadline(doc: Document): Element | null {
  let h1: Element | null = null, masthead: Element | null = null;
  if (doc.body) eachElement(doc.body, (el) => {
    if (el.tagName.toUpperCase() !== 'H1') return;
    if (!isMasthead(el)) { h1 = el; return false; }
    masthead ??= el;
  });
  return h1 ?? masthead;
}

/** The element after `el` in document order within `root` (its first child, else the next sibling of it or of an
 * ancestor below `root`), or null: a walk that needs no stack. */
function nextInOrder(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const next = e.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/**
 * The elements with one of `tags` (upper case) that follow the body's first <h1>, in document order, at most `limit`
 * of them, further <h1>s included (the header box beside the story: its lead photo, its standfirst). Empty when the
 * page has no <h1>. A walk that stops at the limit: a selector over the whole body costs a page's every element.
 * `headline` is that first <h1> when the caller has found it already (null: the page has none).
 */
export function afterHeadline(doc: Document, tags: ReadonlySet<string>, limit: number, headline?: Element | null): Element[] {
  return [...elementsAfterHeadline(doc, tags, limit, headline)];
}

/** `afterHeadline`'s elements one at a time: a caller that stops at the first it wants walks no further. */
export function* elementsAfterHeadline(doc: Document, tags: ReadonlySet<string>, limit: number, headline?: Element | null): Generator<Element, void, undefined> {
  const body = doc.body;
  const h1 = headline === undefined ? firstHeadline(doc) : headline;
  if (!body || !h1) return;
  let n = 0;
  for (let el = nextInOrder(h1, body); el && n < limit; el = nextInOrder(el, body)) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'H1' || tags.has(tag)) { n++; yield el; }
  }
}

/** A node's text as one line (white space collapsed, ends trimmed). */
export const textOf = (n: Node): string => oneLine(n.textContent ?? '');

/** A node's text with no white space at all: compares what two boxes say, whatever the page's spacing and line
 * breaks ('' for a box with no text, only pictures or spaces). */
export const squeezed = (n: Node): string => (n.textContent ?? '').replace(/\s+/g, '');

/** Share of an element's text that sits in links (0..1), and how many links it has. */
export function linkShare(el: Element): { share: number; links: number; text: number } {
  const text = oneLine(el.textContent ?? '').length;
  const links = el.tagName === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  let linked = 0;
  for (const a of links) linked += oneLine(a.textContent ?? '').length;
  return { share: text ? Math.min(1, linked / text) : 0, links: links.length, text };
}

/** The name `el` gives the attribute written in lower case as `lower`, in whatever case the page wrote it: linkedom,
 * the CLI's DOM, keeps "srcSet" as written, where a browser's parser lowers it (null: no such attribute). */
export function attrName(el: Element, lower: string): string | null {
  for (const a of el.attributes) if (a.name.toLowerCase() === lower) return a.name;
  return null;
}

/** An address of a picture file ("…/photo-1200.jpg?w=2"): a link to the full-size photo a zoom opens, not to a page. */
const PICTURE_FILE = /\.(jpe?g|png|webp|gif|avif|svg)(\?|#|$)/i;
export const isPictureFile = (href: string | null | undefined): boolean => PICTURE_FILE.test(href ?? '');

/** The element after `el` in document order, outside it (past everything `el` holds). */
export function nextOutside(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
