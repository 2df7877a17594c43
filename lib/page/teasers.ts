// Lists of other stories and the labels over them, told by structure on the live page: a box of several headlines
// linked to other pages, and a short line that heads a box Clean hides. Sites lay them out as loose children of a
// layout column (AutoIndustriya's "MORE STORIES LIKE THIS ONE" and its cards between the headline and the body),
// where no region box holds label and list together.
import { oneLine } from '../chars';
import type { LiveArticle } from './article';
import type { HideStep } from './plan';
import type { PageReason } from './furniture';
import { isCreditLine, isMeta } from './meta';
import { looksLikeDate } from './text';

/** Characters of link text that make a headline. */
export const HEADLINE_MIN = 20;
/** Headlines linked to other pages that make a list of other stories. */
const TEASERS_MIN = 3;
/** Share of the box's text in those headlines (the rest: their labels and dates). */
const TEASER_SHARE = 0.5;
/** Characters of a label line over a list. */
const LABEL_MAX = 40;
/** What a label heads: a box hidden as one of these (not an advert: a subheading Readability left out may stand
 * above one). */
const LISTS = new Set<string>(['related', 'menu', 'form']);

const chars = (el: Element) => oneLine(el.textContent ?? '').length;

/**
 * A link's address, absolute where the document has one. An SVG link's `href` is no string (an SVGAnimatedString,
 * and `startsWith` on it throws): its attribute is read instead.
 */
export function linkAddress(a: Element): string {
  const h: unknown = (a as HTMLAnchorElement).href;
  return typeof h === 'string' && h ? h : (a.getAttribute('href') ?? '');
}

/** The address a link leads to when that is another page (not this one, an anchor on it or a script), else null. */
export function otherPage(a: Element): string | null {
  const href = linkAddress(a);
  const here = a.ownerDocument.location?.href.split('#')[0] ?? '';
  return !href || href.startsWith('#') || /^javascript:/i.test(href) || href.split('#')[0] === here ? null : href;
}

/** A path segment that names one story: long, with digits ("r~8fa032ba3a…", "harbour-wall-4417"), no date's digits alone. */
const storyId = (seg: string) => seg.length >= 8 && (seg.match(/\d/g)?.length ?? 0) >= 3 && !/^[\d_.-]{1,10}$/.test(seg);

/** The segments of this page's address (and its canonical link's) that name its story. */
function storyIds(doc: Document): string[] {
  const ids: string[] = [];
  for (const href of [doc.location?.href, doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')]) {
    try { if (href) for (const seg of new URL(href).pathname.split('/')) if (storyId(seg)) ids.push(seg); } catch { /* no address */ }
  }
  return ids;
}

/**
 * A link to a page of this very story (its photo gallery: "/gallery-name/r~…/<this story's id>/"), whose path holds
 * the identifier of this page's own address: no other story, whatever its text.
 */
export function ofThisStory(a: Element): boolean {
  const to = otherPage(a);
  if (!to) return false;
  let path: string[];
  try { path = new URL(to, a.ownerDocument.location?.href).pathname.split('/'); } catch { return false; }
  const ids = storyIds(a.ownerDocument);
  return ids.length > 0 && path.some((seg) => ids.includes(seg));
}

/** Whether `el` is a list of other stories: at least TEASERS_MIN headlines linked to other pages, most of its text. */
export function isTeaserList(el: Element): boolean {
  const seen = new Set<string>();
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = otherPage(a);
    const n = chars(a);
    if (n < HEADLINE_MIN || !href) continue;
    seen.add(href);
    linked += n;
  }
  return seen.size >= TEASERS_MIN && linked >= chars(el) * TEASER_SHARE;
}

/**
 * Whether `el` stands in a list of other stories (a card's date is no date of the article), in a box that does not
 * hold the article's headline.
 */
export function inTeaserList(el: Element, headline: Element | null): boolean {
  for (let p = el.parentElement; p && p.tagName.toUpperCase() !== 'BODY' && !(headline && p.contains(headline)); p = p.parentElement)
    if (isTeaserList(p)) return true;
  return false;
}

/** A short line of its own: no link, no picture, no control, no sentence's stop, no date, byline or credit. */
function isLabel(el: Element): boolean {
  const text = oneLine(el.textContent ?? '');
  if (!text || text.length > LABEL_MAX || /[.!?。！？]$/.test(text)) return false;
  if (el.querySelector('a[href], img, picture, video, iframe, input, select, textarea, button, time, [datetime]')) return false;
  // A date or byline split into parts ("Nov. 19, 2019" and "5:50 PM" in boxes of their own) is none either.
  if (looksLikeDate(text) || [el, ...Array.from(el.querySelectorAll('*'))].some(isMeta)) return false;
  return !isCreditLine(el);
}

/** Whether every text of `box` is inside an element of `hidden`. */
function allHidden(box: Element, hidden: ReadonlySet<Element>): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!(t.nodeValue ?? '').trim()) continue;
    let p = t.parentElement;
    while (p && !hidden.has(p) && p !== box) p = p.parentElement;
    if (!p || !hidden.has(p)) return false;
  }
  return true;
}

/**
 * The label just above a box hidden as a list (its previous sibling, a short line outside the article) goes with
 * it, under the same reason. The article's own lines are never labels: kept and protected elements are not judged.
 */
export function labelsOfHidden(a: LiveArticle, steps: HideStep[]): HideStep[] {
  const hidden = new Set(steps.map((s) => s.el));
  const out: HideStep[] = [];
  for (const s of steps) {
    if (!LISTS.has(s.reason)) continue;
    // The list, or the box it opens whose text is all hidden (a form in a card, cards hidden one by one).
    let list: Element = s.el;
    while (list.parentElement && !list.previousElementSibling && list.parentElement.tagName.toUpperCase() !== 'BODY') list = list.parentElement;
    const prev = list.previousElementSibling;
    if (!prev || !allHidden(list, hidden)) continue;
    if (!prev || hidden.has(prev) || a.kept.has(prev) || a.protect.some((p) => prev.contains(p) || p.contains(prev))) continue;
    if ([...a.kept].some((k) => prev.contains(k)) || !isLabel(prev)) continue;
    hidden.add(prev);
    out.push({ el: prev, id: `page:${s.reason as PageReason}`, reason: s.reason });
  }
  return out.length ? [...steps, ...out] : steps;
}
