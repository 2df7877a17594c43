// DOM helpers that behave the same in every DOM the pipeline runs in (the browser, linkedom, jsdom, happy-dom)
// and never recurse, so that a page nested 10 000 levels deep cannot overflow the stack.

/** Calls `visit` for every element under `root` (root included), in document order; stops when it returns false. */
import { oneLine } from './chars';
export function eachElement(root: Element, visit: (el: Element, depth: number) => boolean | void): void {
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (visit(el, d) === false) return;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, d + 1]);
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

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'CANVAS']);

/**
 * Whether the element is or holds a picture, a video, a frame or another medium that shows without text. With
 * `iconPx`, an SVG no larger than that (its width and height attributes) is an icon, not a picture (a play button).
 */
export function hasMedia(el: Element, iconPx?: number): boolean {
  let found = false;
  eachElement(el, (e) => {
    const tag = e.tagName.toUpperCase();
    if (!MEDIA.has(tag) || (iconPx !== undefined && tag === 'SVG' && svgSize(e) <= iconPx)) return;
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

/**
 * The elements with one of `tags` (upper case) that follow the body's first <h1>, in document order, at most `limit`
 * of them, further <h1>s included (the header box beside the story: its lead photo, its standfirst). Empty when the
 * page has no <h1>. A walk that stops at the limit: a selector over the whole body costs a page's every element.
 */
export function afterHeadline(doc: Document, tags: ReadonlySet<string>, limit: number): Element[] {
  const out: Element[] = [];
  const body = doc.body;
  if (!body) return out;
  let seen = false;
  eachElement(body, (el) => {
    const tag = el.tagName.toUpperCase();
    if (!seen) { seen = tag === 'H1'; return; }
    if (tag === 'H1' || tags.has(tag)) out.push(el);
    return out.length < limit;
  });
  return out;
}

/** Share of an element's text that sits in links (0..1), and how many links it has. */
export function linkShare(el: Element): { share: number; links: number; text: number } {
  const text = oneLine(el.textContent ?? '').length;
  const links = el.tagName === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  let linked = 0;
  for (const a of links) linked += oneLine(a.textContent ?? '').length;
  return { share: text ? Math.min(1, linked / text) : 0, links: links.length, text };
}
