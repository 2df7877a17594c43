// What Readability left out of the story's body on the live page, told apart: the story's own prose and quotations
// (kept) and cards for other stories (hidden). Split from plan.ts.
import type { PageContext } from '../clean';
import { linkShare } from '../dom';
import { blockText, isBlockTag } from '../blocks';
import { oneLine } from '../chars';
import { furnitureReason } from './furniture';
import { LANDMARK } from './photos';
import { rendered } from './text';
import { HEADLINE_MIN, ofThisStory, otherPage } from './teasers';

const PROSE_MIN = 20;

/**
 * linkShare of the text a reader sees: a browser with scripts on holds a <noscript>'s markup as text, which is none
 * of it (Le Figaro's "À découvrir" links beside lazy thumbnails: their srcset markup made the list read as prose).
 */
function shownLinkShare(el: Element): { share: number; text: number } {
  if (!el.getElementsByTagName('noscript').length) return linkShare(el);
  const links = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  const text = oneLine(blockText(el)).length;
  const linked = links.reduce((n, a) => n + oneLine(blockText(a)).length, 0);
  return { share: text ? Math.min(1, linked / text) : 0, text };
}

/**
 * Text of the story that Readability left out (a paragraph after a "Read more" cut, a subheading, an embedded post):
 * a few words of mostly unlinked text, or a heading or quotation, that is no furniture.
 */
export function isProse(el: Element, ctx: () => PageContext): boolean {
  // Inside a link to another page (a card's headline and byline in one <a>), all of it is that link's text.
  const inLink = el.parentElement?.closest('a[href]');
  const { share, text } = inLink && otherPage(inLink) ? { share: 1, text: 0 } : shownLinkShare(el);
  const tag = el.tagName.toUpperCase();
  const words = (el.textContent ?? '').trim().split(/\s+/).length;
  const fits = /^H[2-6]$/.test(tag) ? share < 0.5 : tag === 'BLOCKQUOTE' ? share < 0.6 : text >= PROSE_MIN && words >= 4 && share < 0.3;
  return fits && !el.closest(LANDMARK) && !furnitureReason(el, ctx());
}

/**
 * A quotation inside the body that Readability left out (an embedded post, a statement): someone's words the story
 * quotes, whatever the class names of its frame say ("social-embed", "widget"). The clean stage never removes a
 * quotation on its classifier either. A list of links in a quotation frame is no quotation.
 */
export function isQuotation(el: Element): boolean {
  const quotes = el.tagName.toUpperCase() === 'BLOCKQUOTE' ? [el] : Array.from(el.getElementsByTagName('blockquote'));
  if (!quotes.length || el.closest(LANDMARK)) return false;
  const all = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let inQuotes = 0;
  for (const q of quotes) {
    if (quotes.some((o) => o !== q && o.contains(q))) continue;
    const { share, text } = linkShare(q);
    if (share >= 0.6) return false;
    inQuotes += text;
  }
  return inQuotes >= PROSE_MIN && inQuotes >= all * 0.8;
}

const TEASER_MAX = 500;
/**
 * A card for another story inside the body, which Readability left out: a short box whose heading is a link to
 * another page (the other story's headline), with at most a summary beside it. Its summary reads like prose, so the
 * prose rule alone would keep it.
 */
export function isTeaser(el: Element): boolean {
  if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length > TEASER_MAX) return false;
  return Array.from(el.querySelectorAll(SUBHEADING)).some(cardHeadline);
}

const SUBHEADING = 'h2, h3, h4, h5, h6';
/** A heading that is a link to another page, most of its text the link's: the headline of a card for another story. */
function cardHeadline(h: Element): boolean {
  const link = h.querySelector('a[href]') ?? h.closest('a[href]');
  if (!link || !otherPage(link)) return false;
  const text = (h.textContent ?? '').trim().length;
  return !!text && (link.textContent ?? '').trim().length >= text * 0.6;
}

/** Card headlines that make a box a list of cards. */
const CARD_HEADLINES_MIN = 2;
/** Levels below a box looked at for a part its markup names furniture. */
const PART_LEVELS = 2;

/** Whether `el` has words of its own, beside its child elements: text no part of it could be hidden apart from. */
const hasOwnWords = (el: Element): boolean => Array.from(el.childNodes).some((n) => n.nodeType === 3 && !!(n.nodeValue ?? '').trim());

/** A block box up to `levels` below `el`, in boxes of boxes only, that its markup alone names furniture. */
function furnitureWithin(el: Element, levels: number): boolean {
  return Array.from(el.children).some((c) => isBlockTag(c.tagName) && rendered(c) &&
    (!!furnitureReason(c) || (levels > 1 && !hasOwnWords(c) && furnitureWithin(c, levels - 1))));
}

/**
 * A box of boxes (no words of its own) that holds cards for other stories, two headlines linked to other pages
 * (Nature's "Jobs" box after the story: each ad's summary reads as prose, and the whole as a paragraph), or, a level
 * or two down, a part its markup names furniture (Folha's "listen" and font-size buttons in the box of the story's
 * date): no paragraph of the story whatever its words, so its parts are judged one by one, the prose among them kept.
 */
export function isBoxOfParts(el: Element): boolean {
  if (hasOwnWords(el)) return false;
  if (Array.from(el.querySelectorAll(SUBHEADING)).filter(cardHeadline).length >= CARD_HEADLINES_MIN) return true;
  return furnitureWithin(el, PART_LEVELS);
}

/**
 * A card for another story with no heading (the LA Times' inline promos: a thumbnail, a headline in a <div>, a
 * summary): a picture and a headline's worth of link text that lead to the same other page, with at most a summary's
 * worth of text outside links. The story's own standfirst is never one: it links no picture to another page; nor is a
 * story's photo with its caption, linked to a gallery (a figure, or a link to a page of this story: its identifier in
 * the path), or a product's in a guide, linked to a shop.
 */
export function isCard(el: Element): boolean {
  if (el.querySelector('figcaption')) return false;
  const pictures = new Set<string>(), headlines = new Set<string>();
  let linked = 0;
  for (const l of Array.from(el.querySelectorAll('a[href]'))) {
    const to = otherPage(l);
    const text = oneLine(blockText(l)).length; // what a reader sees: a <noscript>'s markup is no headline (MDR's photos)
    linked += text;
    // A paid link (rel="sponsored") opens a shop: a product's photo and name in a guide, no other story.
    if (!to || /\bsponsored\b/i.test(l.getAttribute('rel') ?? '') || ofThisStory(l)) continue;
    if (l.querySelector('img, picture')) pictures.add(to);
    if (text >= HEADLINE_MIN) headlines.add(to);
  }
  if (![...pictures].some((to) => headlines.has(to))) return false;
  return oneLine(blockText(el)).length - linked <= TEASER_MAX;
}

/** Characters of a call to action ("Je découvre les offres", "Subscribe now"): a button's few words, no sentence. */
const ACTION_MAX = 40;
/** Characters of a promotion's box at most: a heading, a pitch and its button, not a section of a story. */
const PROMO_MAX = 1200;
const HEADING = 'h1, h2, h3, h4, h5, h6';
/** The article's own marks (a date, an author's), which no promotion holds. */
const OWN_MARKS = 'time, [datetime], [itemprop*="date" i], [itemprop~="author" i], [rel~="author"]';

/**
 * A link set as a button at the end of its box: its last element, with no words around it, a few words that end in
 * no stop, leading to another page, no heading or picture in it.
 */
function endsInAction(el: Element): boolean {
  const last = el.lastElementChild;
  if (!last || !last.matches('a[href]') || !otherPage(last) || last.querySelector(`${HEADING}, img, picture, video`)) return false;
  const text = oneLine(blockText(last));
  if (!text || text.length > ACTION_MAX || /[.!?。！？]$/.test(text)) return false;
  return !Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim());
}

/**
 * A promotion left in the story's box after its end (Les Echos' "discover our Premium offers": a picture, a heading,
 * a pitch and a "discover the offers" link): a box with a heading of its own that ends in a call to action, a link
 * set as a button. Words around a link make it part of a sentence; a story's paragraph ends in no button; a card
 * for another story is a link around its headline (isTeaser, isCard).
 */
export function isPromo(el: Element): boolean {
  if (oneLine(blockText(el)).length > PROMO_MAX || el.querySelector(OWN_MARKS) || !endsInAction(el)) return false;
  return Array.from(el.querySelectorAll(HEADING)).some((h) => !h.closest('a[href]'));
}
