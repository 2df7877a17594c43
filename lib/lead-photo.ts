// The lead photo: the picture between the headline and the story, with its caption. News sites often set it in a
// header box beside the text's container, and Readability, which keeps one container and the siblings that score
// as text, leaves it out. It is found before Readability runs (on the working copy, in document order after the
// first <h1>) and put back at the top of the article when the extracted body does not hold it.
import { attrName, elementsAfterHeadline, classAndId, firstHeadline, isPictureFile, textOf } from './dom';
import { oneLine } from './chars';
import { creditBox, figureOf, slideOf } from './figures';
import { creditedCaptionBox } from './credited-caption';

/** Elements read after the headline, at most, before giving up: the lead photo stands near the top. */
const LOOK_AHEAD = 80;
/** Elements read as lead photo candidates (and the paragraphs that end the header box). */
const LEAD_TAGS = new Set(['P', 'FIGURE', 'IMG']);
/** A paragraph this long is the story's text: a photo after it is no lead photo. */
const STORY_TEXT = 150;
/** Pictures smaller than this (width or height attribute, pixels) are icons, logos or avatars. */
const ICON_MAX = 120;
/** Boxes a picture inside is no photo of the story: navigation, asides, footers (by tag or by role). */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary']);
/** The element or its nearest ancestor that passes `test` (what `closest()` finds, without a selector to match). */
function closestWhere(el: Element, test: (e: Element) => boolean): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}
const outside = (e: Element) => OUTSIDE_TAGS.has(e.tagName.toUpperCase()) || OUTSIDE_ROLES.has(e.getAttribute('role') ?? '');
const isLink = (e: Element) => e.tagName.toUpperCase() === 'A' && e.hasAttribute('href');
const isFigure = (e: Element) => e.tagName.toUpperCase() === 'FIGURE';
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-srcset'];
/** Other lazy-loading attributes a script library names for itself ("data-flickity-lazyload", "data-lazy-srcset"). */
const LAZY_NAME = /^data-[\w-]*(?:lazy|src)/i;
// An address runs to the first white space and may hold commas ("crops/w=875,q=90/…"), as in lib/pictures.ts.
const firstAddress = (v: string | null | undefined) => v?.trim().split(/\s+/)[0]?.replace(/,+$/, '') || null;
const isAddress = (v: string | null): v is string => !!v && !v.startsWith('data:') && /^(https?:|\/|\.)|\.(jpe?g|png|webp|gif|avif)\b/i.test(v);

/** The first address a lazy loader's settings give as JSON (MSN's `data-src='{"default":{"src":"//img…"}}'`): the
 * value of the first key that names one ("src", "url"). */
const JSON_ADDRESS = /"(?:src|url|href)"\s*:\s*"([^"]+)"/i;
/** The address a lazy-loading attribute's value holds: its first (a srcset's first candidate), or the one its JSON
 * settings name. */
function lazyAddress(v: string | null): string | null {
  if (!/^\s*[[{]/.test(v ?? '')) return firstAddress(v);
  return JSON_ADDRESS.exec(v!)?.[1]?.replace(/\\\//g, '/') ?? null; // JSON may escape its slashes ("https:\/\/…")
}

/** The address a picture shows (its src, or the lazy-loading attribute a script would copy into src, or the first
 * of its srcset when it has no src). */
export function imageSource(img: Element): string | null {
  // A lazy-loading attribute holds the real picture; src then holds a placeholder.
  for (const a of LAZY_SRC) {
    const v = lazyAddress(img.getAttribute(a));
    if (v && !v.startsWith('data:')) return v;
  }
  for (const a of Array.from(img.attributes)) {
    const v = LAZY_NAME.test(a.name) ? lazyAddress(a.value) : null;
    if (isAddress(v)) return v;
  }
  const src = img.getAttribute('src');
  if (src && !src.startsWith('data:')) return src;
  const name = attrName(img, 'srcset');
  const set = firstAddress(name && img.getAttribute(name));
  return isAddress(set) ? set : null;
}

/** A file name without size suffixes and queries, to tell the same picture in two sizes ("wall-800x500.jpg"); the
 * whole address when it names no file (an image service's "…/resize/840x560/?url=…"). */
function pictureKey(src: string): string {
  const whole = src.split('#')[0]!.trim();
  const file = whole.split('?')[0]!.split('/').pop() ?? '';
  return (file ? file.replace(/[-_]\d+x\d+(?=\.\w+$)/, '') : whole).toLowerCase();
}

/** Words of an address or a class that name no photo of the story: icons, logos, avatars, share bars, ads. */
/** "ad" between digits is a hash's letters ("…1ad075f7…": AP's image addresses), no advert: digits bound it too. */
const NOT_PHOTO = /(^|[^a-z])(icons?|logos?|avatars?|authors?|byline|profile|gravatar|sprite|share|sharing|social|menu|badge|emoji|banner)([^a-z]|$)|(^|[^a-z\d])ads?([^a-z\d]|$)/i;
/** Words of an address that name a stand-in, not the photo. A box may be named so and hold the photo itself
 * (TimesLive's `custom-image-placeholder` wraps its lead photo): only the file is judged by them. */
export const STAND_IN_FILE = /(^|[^a-z])(placeholder|loader|spinner|blank|pixel|spacer|transparent)([^a-z]|$)/i;

/** Elements whose classes describe the page's template ("wp-custom-logo": the theme shows a logo), not a box. */
const TEMPLATE_TAGS = new Set(['BODY', 'HTML']);

/** The class and id of the picture and its boxes up to `depth` levels: an author's box, a share bar, a logo. */
function boxWords(el: Element, depth = 4): string {
  let out = '';
  for (let e: Element | null = el; e && depth-- > 0 && !TEMPLATE_TAGS.has(e.tagName.toUpperCase()); e = e.parentElement) out += ` ${classAndId(e)}`;
  return out;
}

/** A srcset candidate this wide (its `w` descriptor) is a photo's file, not an icon's. */
const PHOTO_WIDTH = 400;
/** The widest candidate of the image's srcset, in pixels (0: none given). */
function widest(img: Element): number {
  const name = attrName(img, 'srcset');
  const ws = (name ? img.getAttribute(name) ?? '' : '').match(/\s(\d+)w(?=\s*(,|$))/g) ?? [];
  return Math.max(0, ...ws.map((x) => parseInt(x, 10)));
}

/** A photo of the story, by its size, its boxes, its address and its words: no icon, logo, avatar or teaser. */
export function isPhoto(img: Element): boolean {
  const w = Number(img.getAttribute('width') ?? NaN), h = Number(img.getAttribute('height') ?? NaN);
  // Sizes of a box's shares (DW's width="100" height="56.25") are no pixels when the srcset gives a photo's widths.
  const small = ((w > 0 && w < ICON_MAX) || (h > 0 && h < ICON_MAX)) && widest(img) < PHOTO_WIDTH;
  if (small || closestWhere(img, outside)) return false;
  const src = imageSource(img) ?? '';
  if (/\.svg(\?|$)/i.test(src) || NOT_PHOTO.test(src) || STAND_IN_FILE.test(src) || NOT_PHOTO.test(boxWords(img))) return false;
  // A thumbnail that links to another page is a teaser; a photo that links to its own file is not.
  const link = closestWhere(img, isLink);
  return !link || isPictureFile(link.getAttribute('href'));
}

/**
 * A copy of the lead photo (its <figure> with the caption, or the picture alone), or null. Taken from `doc` before
 * Readability changes it. `headline`: the body's first <h1> when the caller has found it (null: none). `standfirst`:
 * the standfirst's text (lib/standfirst.ts), a long paragraph that may stand before the photo.
 */
export function findLeadPhoto(doc: Document, headline?: Element | null, standfirst?: string | null): Element | null {
  const h1 = headline === undefined ? firstHeadline(doc) : headline;
  const img = photoAfter(doc, headline, standfirst) ?? photoBefore(h1);
  if (!img) return backgroundPhoto(doc, h1);
  // A box with the credit above the picture and the caption under it is one too (credited-caption.ts).
  const figure = closestWhere(img, isFigure), credited = figure ? null : creditBox(img) ?? creditedCaptionBox(img, standfirst);
  const copy = credited ? figureOf(credited) : figure ? (figure.cloneNode(true) as Element) : slideFigure(img);
  // A page's inline styles and scripts in the box (SZ sets one in every box) are no part of the picture; a caption
  // set twice for two screen sizes (the Guardian's) is said once.
  if (copy.tagName.toUpperCase() !== 'IMG') {
    for (const c of Array.from(copy.querySelectorAll('style, script'))) c.remove();
    const said = new Set<string>();
    for (const c of Array.from(copy.querySelectorAll('figcaption'))) if (said.has(textOf(c))) c.remove(); else said.add(textOf(c));
  }
  for (const i of Array.from(copy.tagName.toUpperCase() === 'IMG' ? [copy] : copy.querySelectorAll('img'))) {
    const src = imageSource(i);
    if (src) i.setAttribute('src', src);
  }
  return copy;
}

/** A copy of `img` as a figure with its slide's caption (figures.ts slideOf) or the caption box beside it, or of
 * `img` alone. */
function slideFigure(img: Element): Element {
  const copy = img.cloneNode(true) as Element;
  const slide = slideOf(img);
  const text = slide && slide.medium === img ? textOf(slide.caption) : captionBeside(img);
  if (!text) return copy;
  const doc = img.ownerDocument, figure = doc.createElement('figure'), caption = doc.createElement('figcaption');
  caption.textContent = text;
  figure.append(copy, caption);
  return figure;
}

/** A class or id word that names a caption box ("image-caption", "photoCaption", "wp-caption-text"). */
const CAPTION_NAME = /caption/i;
/** Longer than this, the box beside the picture is no caption but the story or a teaser. */
const CAPTION_MAX_WORDS = 80;

/**
 * The caption a page sets in a box of its own right after the picture, outside any <figure> (a WordPress theme's
 * `<img class="header-image"><div class="container">…<div class="image-caption">…`): the next element holds all its
 * text in one element named a caption, with no link (a teaser's).
 */
function captionBeside(img: Element): string | null {
  const next = img.nextElementSibling;
  const text = next ? textOf(next) : '';
  if (!next || !text || next.querySelector('img, a[href]') || text.split(' ').length > CAPTION_MAX_WORDS) return null;
  for (let e: Element | null = next; e; e = e.firstElementChild) {
    if (CAPTION_NAME.test(classAndId(e))) return textOf(e) === text ? saidOnce(e) : null;
    if (e.children.length !== 1) return null;
  }
  return null;
}

/** A caption's text, said once where the page sets it twice for two screen sizes (each copy a child of its own). */
function saidOnce(caption: Element): string {
  const kids = Array.from(caption.children).map(textOf);
  const text = textOf(caption);
  const repeated = kids.length > 1 && kids.every((k) => k === kids[0]);
  return repeated && (kids.join(' ') === text || kids.join('') === text) ? kids[0]! : text;
}

const isLeadPhoto = (img: Element | null): img is Element => !!img && !!imageSource(img) && isPhoto(img);

/** The first photo after the headline, before the story's text begins. The standfirst is no story text: the photo
 * often stands under it (Público, Les Echos), and a long one ended the search. */
function photoAfter(doc: Document, headline?: Element | null, standfirst?: string | null): Element | null {
  for (const el of elementsAfterHeadline(doc, LEAD_TAGS, LOOK_AHEAD, headline)) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'H1') return null;
    if (tag === 'P' && isStoryText(el, standfirst)) return null;
    const img = tag === 'IMG' ? el : tag === 'FIGURE' ? el.querySelector('img') : null;
    if (isLeadPhoto(img)) return img;
  }
  return null;
}

/** A long paragraph that is neither the standfirst nor a caption (in a figure, or a slide's beside its medium). */
function isStoryText(p: Element, standfirst?: string | null): boolean {
  const text = oneLine(p.textContent ?? '');
  return text.length >= STORY_TEXT && text !== standfirst && !closestWhere(p, isFigure) && !slideOf(p);
}

/** Levels above the headline whose box a photo may stand right before (an opener set above the headline's box). */
const BEFORE_LEVELS = 4;
/** Boxes between the photo and the headline's box that hold no picture and at most this much text (a kicker, a rule). */
const BETWEEN_CHARS = 40;
const BETWEEN_MAX = 3;

/** The box's text, white space folded. */

/** A picture's box: a <figure>, a box holding a photo and its credit only (Krautreporter's header), or a box whose
 * whole text is one figure's (the Guardian's media cell of a grid, set before the title's cell). */
function pictureBox(box: Element): Element | null {
  const img = box.querySelector('img');
  if (!img) return null;
  if (isFigure(box) || creditBox(img) === box) return img;
  const figure = closestWhere(img, isFigure);
  return figure && box.contains(figure) && textOf(figure) === textOf(box) ? img : null;
}

/** A menu, or a box holding one: it ends the search for a photo before the headline. */
const MENU = 'nav, [role="navigation"]';

/** A box that may stand between the photo and the headline: no picture, little text (a kicker, a rule), no menu. */
const slight = (box: Element) => !box.querySelector('img') && textOf(box).length <= BETWEEN_CHARS && !box.matches(MENU) && !box.querySelector(MENU);

/** The picture box standing right before `el`, past a few slight boxes. */
function pictureBefore(el: Element): Element | null {
  let prev = el.previousElementSibling;
  for (let k = 0; prev && k <= BETWEEN_MAX; k++, prev = prev.previousElementSibling) {
    const img = pictureBox(prev);
    if (img) return img;
    if (!slight(prev)) return null;
  }
  return null;
}

/** A photo standing right before the headline or one of its first boxes (ORF's opener photo above the title). */
function photoBefore(headline: Element | null): Element | null {
  let el: Element | null = headline;
  for (let k = 0; el && k < BEFORE_LEVELS; k++, el = el.parentElement) {
    const img = pictureBefore(el);
    if (img) return isLeadPhoto(img) ? img : null;
  }
  return null;
}

const BACKGROUND_URL = /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")]+)['"]?\s*\)/i;

/**
 * The page's own share picture (og:image) set as the inline background of a box holding the headline (a "hero"
 * header: the title printed over the photo). Only the page's chosen picture counts: a background is often a texture.
 */
function backgroundPhoto(doc: Document, headline: Element | null): Element | null {
  const shared = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
  if (!headline || !shared) return null;
  let el: Element | null = headline.parentElement;
  for (let k = 0; el && k < BEFORE_LEVELS; k++, el = el.parentElement) {
    const url = BACKGROUND_URL.exec(el.getAttribute('style') ?? '')?.[1]?.trim();
    if (!url || pictureKey(url) !== pictureKey(shared)) continue;
    const img = doc.createElement('img');
    img.setAttribute('src', url);
    img.setAttribute('alt', '');
    return img;
  }
  return null;
}

/** Put the lead photo at the top of the extracted body, unless the body already shows that picture. */
export function restoreLeadPhoto(body: Element, photo: Element | null): void {
  if (!photo) return;
  const src = photo.tagName.toUpperCase() === 'IMG' ? photo : photo.querySelector('img');
  const key = src ? pictureKey(imageSource(src) ?? '') : '';
  if (!key) return;
  for (const img of Array.from(body.querySelectorAll('img'))) if (pictureKey(imageSource(img) ?? '') === key) return;
  const host = body.querySelector('#readability-page-1') ?? body;
  const figure = photo.tagName.toUpperCase() === 'FIGURE' ? photo : body.ownerDocument.createElement('figure');
  if (figure !== photo) figure.appendChild(photo);
  host.insertBefore(figure, host.firstChild);
}
