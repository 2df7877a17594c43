// A teaser card's thumbnail that Readability kept while it dropped the card's text (WAZ's "Auch interessant" boxes
// in the story's body: a 100-pixel picture beside a link to another story and its author line). The plan never
// judges a kept picture, so once the card's text is hidden the thumbnail stays alone on the page, its alt text a
// stray line where pictures do not load. Told by structure: the picture's card is the smallest box around it with
// text; when all that text is hidden and holds a headline linked to another page, the card goes whole.
import { oneLine } from '../chars';
import { blockText } from '../blocks';
import type { LiveArticle } from './article';
import type { HideStep } from './plan';
import { HEADLINE_MIN, otherPage } from './teasers';

const PICTURES = 'img, picture';
/** The address of an SVG file: a drawing (an icon, a player's spinner), no card's thumbnail. */
const SVG_FILE = /^data:image\/svg|\.svg(\?|#|$)/i;
/** A player in the box: the story's video (its poster and its "failed to load" note), no card. */
const PLAYER = 'video, audio, iframe, object, embed';
/** A figure or its caption: a story photo's. (A class name with "caption" is no sign: Tailwind's `text-caption`
 * sets a card's author line; a story photo's caption is never hidden, so its card would keep text.) */
const PHOTO_MARKS = 'figure, figcaption';

/** Whether every text of `box` with letters lies in an element of `gone`. */
function allTextGone(box: Element, gone: ReadonlySet<Element>): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!(t.nodeValue ?? '').trim() || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(t.parentElement?.tagName ?? '')) continue;
    let p = t.parentElement;
    while (p && p !== box && !gone.has(p)) p = p.parentElement;
    if (!p || p === box) return false;
  }
  return true;
}

/** A link to another page with a headline's worth of text in `box`. */
const holdsHeadlineLink = (box: Element): boolean =>
  Array.from(box.querySelectorAll('a[href]')).some((l) => !!otherPage(l) && oneLine(blockText(l)).length >= HEADLINE_MIN);

/** The card around a kept picture: the smallest box with text, when nothing else of the article is in it. */
function cardOf(pic: Element, a: LiveArticle): Element | null {
  let box = pic.parentElement;
  while (box && box !== pic.ownerDocument.body && !oneLine(blockText(box))) box = box.parentElement;
  if (!box || box === pic.ownerDocument.body || /^(HTML|MAIN|ARTICLE)$/.test(box.tagName.toUpperCase())) return null;
  // The article keeps nothing in the card but the picture itself (and its parts: <source>, <img> in a <picture>).
  const own = pic.closest('picture') ?? pic;
  for (const k of a.kept) if (box.contains(k) && !own.contains(k) && !k.contains(own) && k !== box) return null;
  if (a.kept.has(box) || box.matches(PHOTO_MARKS) || box.querySelector(`${PHOTO_MARKS}, ${PLAYER}`) || pic.closest(PHOTO_MARKS)) return null;
  if (a.protect.some((p) => box!.contains(p) && !own.contains(p))) return null;
  return box;
}

/**
 * The steps with, for each kept picture whose card's text is all hidden and holds a headline linked to another
 * page, the card hidden whole as related (the steps inside it give way to it).
 */
export function hideCardThumbs(a: LiveArticle, steps: HideStep[]): HideStep[] {
  const gone = new Set(steps.map((s) => s.el));
  const cards = new Set<Element>();
  for (const pic of a.kept) {
    if (!pic.matches(PICTURES) || (pic.matches('img') && pic.parentElement?.closest('picture'))) continue;
    if (Array.from(pic.matches('img') ? [pic] : pic.querySelectorAll('img')).some((i) => SVG_FILE.test(i.getAttribute('src') ?? ''))) continue;
    const card = cardOf(pic, a);
    if (card && !cards.has(card) && allTextGone(card, gone) && holdsHeadlineLink(card)) cards.add(card);
  }
  if (!cards.size) return steps;
  const kept = steps.filter((s) => ![...cards].some((c) => c.contains(s.el)));
  return [...kept, ...[...cards].map((el) => ({ el, id: 'page:related', reason: 'related' }))];
}
