// Pictures on the live page that Clean never hides: a real photo of the story with its caption's worth of text, and
// a kept picture's credit line in a box of its own (lib/figures.ts tells the credit's box). Split from plan.ts.
import { creditBox } from '../figures';
import { oneLine } from '../chars';
import { linkAddress, ofThisStory, otherPage } from './teasers';
import { isPictureFile } from '../dom';
import { blockText } from '../blocks';
import { sharesThisPage } from './share-link';
import type { LiveArticle } from './article';

export const MEDIA = 'img, picture, video, figure';
/** What Clean never hides: a date or time, an author's mark, a picture (lib/page/plan.ts, siblings.ts). */
export const PROTECTED = `time, [datetime], [itemprop*="date" i], [itemprop~="author" i], [rel~="author"], ${MEDIA}`;
export const CAPTION = 'figcaption, figure, [class*="caption" i], [class*="credit" i]';
export const LANDMARK = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** The address of an SVG file: drawn shapes (an icon, a logo), never a photo. */
const SVG_FILE = /^data:image\/svg|\.svg(\?|#|$)/i;

/**
 * A control's face: a drawing (an SVG file or a picture of 64 pixels or less) inside a button, the icon of "Share",
 * "Print", "Save" (Nikkei's tool row, an SVG per button whose alt text is the button's label), or inside a link that
 * shares this page (Euronews' network logos beside "Facebook", "Twitter"…), no photo of the story. A photo inside a
 * button (a lightbox's) stays a photo.
 */
export function isControlIcon(m: Element): boolean {
  const link = m.parentElement?.closest('a[href]');
  if (!m.parentElement?.closest('button, [role="button"]') && !(link && sharesThisPage(link))) return false;
  const imgs = m.matches('img') ? [m] : Array.from(m.querySelectorAll('img'));
  if (!imgs.length || m.matches('video') || m.querySelector('video')) return false;
  return imgs.every((i) => SVG_FILE.test(i.getAttribute('src') ?? '') || smallPicture(i));
}

/** Whether `el` holds what Clean never hides (a date, an author's mark, a picture that is no control's icon). */
export function holdsProtected(el: Element): boolean {
  return Array.from(el.querySelectorAll(PROTECTED)).some((p) => !(p.matches(MEDIA) && isControlIcon(p)));
}

const rawText = (el: Element): string => el.textContent ?? '';

/**
 * Characters of a box's text outside its caption or credit lines (a link's: a headline's, when it is a teaser), as
 * `textOf` reads it (blockText: without a <noscript>'s markup, which a browser with scripts on holds as text).
 */
function textOutsideCaptions(box: Element, textOf: (el: Element) => string = rawText): number {
  let n = oneLine(textOf(box)).length;
  for (const c of Array.from(box.querySelectorAll(CAPTION))) {
    const outer = c.parentElement?.closest(CAPTION);
    if (!outer || !box.contains(outer)) n -= oneLine(textOf(c)).length; // nested ones counted with it
  }
  return n;
}

/**
 * Whether a heading in `box` links where `link` does: the headline of the story a thumbnail's link opens. A paid link
 * (rel="sponsored", the web's mark for it) opens a shop: a product's photo and name in a guide, not a card.
 */
function headlineLinked(box: Element, link: Element): boolean {
  const to = linkAddress(link);
  if (/\bsponsored\b/i.test(link.getAttribute('rel') ?? '')) return false;
  return !!to && !to.startsWith('#') && Array.from(box.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6'))
    .some((h) => { const l = h.closest('a[href]')!; return l !== link && linkAddress(l) === to; });
}

/** Boxes above a picture looked at for a form beside it. */
const FORM_LEVELS = 3;

/**
 * A sign-up box's graphic: the smallest box around the picture that holds a form has no text outside its forms (no
 * caption: "Sign up" is the form's button). A story photo is never set beside a form alone.
 */
function besideForm(m: Element): boolean {
  for (let box = m.parentElement, k = 0; box && k < FORM_LEVELS; box = box.parentElement, k++) {
    const forms = Array.from(box.querySelectorAll('form'));
    if (!forms.length) continue;
    const outside = oneLine(box.textContent ?? '').length - forms.reduce((n, f) => n + oneLine(f.textContent ?? '').length, 0);
    return outside <= 0;
  }
  return false;
}

/** A picture whose size the markup gives as an icon's (under 64 pixels wide or 48 high). */
function smallPicture(m: Element): boolean {
  const w = Number(m.getAttribute('width') ?? NaN), h = Number(m.getAttribute('height') ?? NaN);
  return (w > 0 && w < 64) || (h > 0 && h < 48);
}

/** Characters of a card's headline: a link to another page with this much text beside a thumbnail makes a card. */
const CARD_HEADLINE_MIN = 20;
/** Share of a card's text (captions and credits aside) in links to other pages: a headline with its source line. */
const CARD_LINKED_SHARE = 0.6;

/**
 * A thumbnail beside its card's headline, the picture not in the link: the smallest box around it that holds text
 * (outside captions and credits) holds mostly links to other pages (La Vanguardia's "Lee también" cards, a figure
 * beside an <h2><a>; Le Figaro's "À découvrir" list, a figure beside a link). A photo's own box holds its caption.
 */
function besideCardLink(m: Element): boolean {
  for (let box = m.parentElement; box && box !== m.ownerDocument.body; box = box.parentElement) {
    const text = textOutsideCaptions(box, blockText);
    if (text <= 0) continue;
    let linked = 0;
    for (const l of Array.from(box.querySelectorAll('a[href]'))) {
      const to = otherPage(l), cap = l.closest(CAPTION);
      if (to && !isPictureFile(to) && !(cap && box.contains(cap))) linked += textOutsideCaptions(l, blockText);
    }
    return linked >= CARD_HEADLINE_MIN && linked >= text * CARD_LINKED_SHARE;
  }
  return false;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Cards of the same make side by side that make a row of teasers, not one story photo with a heading. */
const CARD_ROW_MIN = 2;
/** A box's make: its tag and class names, what a site's template gives every card of a row. */
const makeOf = (el: Element): string => `${el.tagName}.${el.getAttribute('class') ?? ''}`;

/**
 * A thumbnail in a row of teaser cards, linked or not (Les Echos' "our videos": a picture and a headline per card,
 * the cards made clickable by scripts): the smallest box around the picture with text holds a heading and nothing
 * else, and beside it stand boxes of the same make (tag and class names) that each hold a picture and a heading. A
 * story's photo has a caption, not a heading of its own, and is not set in a row of copies of its box.
 */
function inCardRow(m: Element): boolean {
  let box = m.parentElement;
  while (box && box !== m.ownerDocument.body && textOutsideCaptions(box, blockText) <= 0) box = box.parentElement;
  const row = box?.parentElement;
  if (!box || !row || box === m.ownerDocument.body) return false;
  const headings = Array.from(box.querySelectorAll(HEADINGS)).filter((h) => !h.parentElement?.closest(HEADINGS));
  const inHeadings = headings.reduce((n, h) => n + oneLine(blockText(h)).length, 0);
  if (!headings.length || inHeadings < oneLine(blockText(box)).length) return false;
  const make = makeOf(box);
  const cards = Array.from(row.children).filter((c) => makeOf(c) === make && c.querySelector('img, picture, video') && c.querySelector(HEADINGS));
  return cards.length >= CARD_ROW_MIN;
}

/** A real photo (not an icon, a pixel or a teaser's thumbnail) with at most a caption's worth of text. */
export function isPhoto(el: Element, a: LiveArticle): boolean {
  const media = (el.matches(MEDIA) ? [el] : Array.from(el.querySelectorAll(MEDIA))).filter((m) => !isControlIcon(m));
  if (!media.length || (el.textContent ?? '').length > 600) return false;
  return media.some((m) => {
    // A picture of Readability's article that the clean stage removed (a newsletter box's graphic) is none: its box
    // is judged by its parts, as it was while the picture was kept.
    if (a.extracted.has(m)) return false;
    if (smallPicture(m) || besideForm(m)) return false;
    const link = m.closest('a[href]');
    // A thumbnail that links to another story beside its headline is a teaser (in one link, or in two to the same
    // address: AutoIndustriya's "Next Auto News" card); a photo linking to itself, or to a shop with only its credit
    // line inside the link, is not.
    // A link to a page of this story (its gallery, teasers.ts ofThisStory) is the photo's, its caption inside it.
    if (link && a.headline !== link && !ofThisStory(link) && (textOutsideCaptions(link) > 0 || headlineLinked(el, link))) return false;
    if (!link && (besideCardLink(m) || inCardRow(m))) return false;
    return !m.closest(LANDMARK) || !!m.closest(LANDMARK)?.contains(a.headline ?? m.ownerDocument.body);
  });
}

/** Characters beside a picture's part of a box that make the box more than a picture with its credit. */
const BESIDE_MAX = 60;

/**
 * A box whose picture sits in a part of its own with its text (an author's portrait with the name and a line about
 * them), beside other parts with more than a credit's worth of text (F.A.Z.'s article footer: the source line, a
 * rights link, a tag list and "back to the home page" around the author's box). Its parts are judged one by one; a
 * picture with its caption in one box stays whole.
 */
export function besidePicture(el: Element): boolean {
  let beside = 0, pictureWithText = false;
  for (const c of Array.from(el.children)) {
    const n = oneLine(c.textContent ?? '').length;
    if (c.matches(MEDIA) || c.querySelector(MEDIA)) pictureWithText ||= n > 0;
    else beside += n;
  }
  return pictureWithText && beside > BESIDE_MAX;
}

/** Characters of a label over a picture ("Video Loading", "1 / 12"); a sentence there is a caption, whatever its box. */
const OVERLAY_MAX = 40;
const SENTENCE_END = /[.!?。！？]["'”’»)]*$/;
/** A caption proper: a credit line alone does not make one. */
const CAPTION_PROPER = 'figcaption, [class*="caption" i]';

/**
 * Text set in a picture's own box (the smallest around it with text beside its captions and credits) when the
 * picture's caption stands outside that box, in `el` or beside it: what lies over the picture, a player's state
 * ("Video Loading" on The Mirror's lead video, its caption beside the player), a gallery's counter: a short label, no
 * sentence. A photo's own box holds its caption (but for a link around both); a picture with no caption near is left
 * alone.
 */
export function overlayParts(el: Element): Element[] {
  let caps = Array.from(el.querySelectorAll(CAPTION_PROPER));
  if (!caps.length && el.parentElement) caps = Array.from(el.parentElement.querySelectorAll(CAPTION_PROPER));
  if (!caps.length) return [];
  const out = new Set<Element>();
  for (const m of Array.from(el.querySelectorAll('img, picture, video'))) {
    let box = m.parentElement;
    while (box && box !== el && textOutsideCaptions(box, blockText) <= 0) box = box.parentElement;
    // A picture's link that holds its caption holds its label too ("see this article's photos (2)" on a link to
    // the gallery, Nikkan Gendai's): its parts beside the picture and the caption are read as over the picture.
    if (!box || box === el || caps.some((c) => c.contains(box!) || (box!.contains(c) && !box!.matches('a[href]')))) continue;
    for (const c of Array.from(box.children)) {
      if (c.matches(MEDIA) || c.querySelector(MEDIA) || c.matches(CAPTION) || c.querySelector(CAPTION)) continue;
      const t = oneLine(blockText(c));
      if (t && t.length <= OVERLAY_MAX && !SENTENCE_END.test(t)) out.add(c);
    }
  }
  return [...out];
}

/** Boxes above a picture's own box looked at for its caption. */
const CAPTION_LEVELS = 3;

/** Whether `el` is one of the `overlayParts` of the picture beside it (the article may keep the picture itself). */
export function overlaysPicture(el: Element): boolean {
  const box = el.parentElement;
  if (!box || !box.querySelector('img, picture, video')) return false;
  let scope: Element | null = box;
  for (let k = 0; scope && k < CAPTION_LEVELS && !scope.querySelector(CAPTION_PROPER); k++) scope = scope.parentElement;
  return !!scope && scope !== box.ownerDocument.body && overlayParts(scope).includes(el);
}

/** A picture the article keeps or Clean protects (the lead photo). */
const keptPicture = (img: Element, a: LiveArticle) => a.kept.has(img) || a.protect.some((p) => p.contains(img));

/** Boxes above a line looked at for the picture it credits. */
const CREDIT_LEVELS = 3;

/**
 * The credit line of a picture the article keeps, beside it in their own box (Krautreporter's lead photo above the
 * headline: `<section><img><p class="…teaser-image__credits">Tomer Appelbaum/Haaretz</p></section>`): part of the
 * photo, which is never hidden, wherever it stands and whatever its class names say ("teaser", read as related).
 * lib/figures.ts tells the credit's box (`creditBox`).
 */
export function isPhotoCredit(el: Element, a: LiveArticle): boolean {
  // Any part of the caption of a figure the article keeps (Spiegel's "Foto: <p>Andrew Harnik / AP</p>": the credit
  // in a box of its own inside the caption, not kept by Readability, whose <p> in a <span> it rewrote).
  const fig = el.closest('figcaption')?.closest('figure');
  if (fig && (a.kept.has(fig) || Array.from(fig.querySelectorAll('img')).some((i) => keptPicture(i, a)))) return true;
  for (let box = el.parentElement, k = 0; box && k < CREDIT_LEVELS; box = box.parentElement, k++) {
    const img = Array.from(box.querySelectorAll('img')).find((i) => !el.contains(i));
    if (img) return creditBox(img) === box && keptPicture(img, a);
  }
  return false;
}
