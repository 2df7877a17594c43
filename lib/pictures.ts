// The article's pictures as the reader view and the exports show them.
//
// A picture's stand-in: lazy-loading pages set a grey or blank image first and the picture itself beside it, in the
// same box, and swap them with a script (BBC: "grey-placeholder.png", then the photo with its srcset). Readability
// keeps both; the reader view and the exports then show a grey box before every photo. Known by structure alone: an
// image with no sizes of its own (no srcset, no alt text) directly followed, nothing between, by an image that has
// them. Two plain images side by side (a gallery) both stay.

import { attrName, eachElement, hasMedia, ICON_PX } from './dom';
import { escapeRegExp } from './chars';
import { dropTrackerImages, isPlaceholder } from './tracker-image';
import { imageSource, STAND_IN_FILE } from './lead-photo';
import { dropVideoStills } from './video-still';
import { inFormBox } from './clean/form-box';
import { plainPictures } from './picture-sources';

const has = (el: Element, name: string) => attrName(el, name) !== null;
/** An image that says what it shows, or at which sizes: a picture, not a stand-in. */
const isPicture = (img: Element) => has(img, 'srcset') || has(img, 'sizes') || !!img.getAttribute('alt')?.trim();

/** The element sibling right after `el` when only white space stands between them. */
export function nextTight(el: Element): Element | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1) return n as Element;
    if (n.nodeType === 3 && n.textContent!.trim()) return null;
  }
  return null;
}

/** Removes from `body` every image that only stands in for the picture right after it. Either may sit in a box of
 * its own (Readability's <p> around a lone image; the <figure> a caption made of the picture). */
export function dropImageStandIns(body: Element): void {
  for (const img of [...body.getElementsByTagName('img')]) {
    if (isPicture(img)) continue;
    let box: Element = img;
    while (box.parentElement && box.parentElement !== body && box.parentElement.childElementCount === 1 && !(box.parentElement.textContent ?? '').trim()) box = box.parentElement;
    const next = nextTight(box);
    // Through boxes, only an unsized image: one with its own width and height is a small picture of its own (a
    // blog's sticker before a photo), where a stand-in takes its size from the page's style.
    const wrapped = box !== img || next?.tagName !== 'IMG';
    if (wrapped && img.hasAttribute('width') && img.hasAttribute('height')) continue;
    const picture = next?.tagName === 'IMG' ? next : next && /^(FIGURE|PICTURE|P|DIV)$/.test(next.tagName) ? next.querySelector('img') : null;
    if (picture && has(picture, 'srcset') && !(picture === next ? '' : textBefore(next!, picture))) box.remove();
  }
}

/** Text in `box` before `el` (a caption set above its picture would say the box is no bare picture). */
function textBefore(box: Element, el: Element): string {
  let out = '';
  for (let n: Node | null = box.firstChild; n && !n.contains(el); n = n.nextSibling) out += n.textContent ?? '';
  return out.trim();
}

/**
 * A srcset with each candidate's address mapped, read as the HTML standard reads it: an address runs to the next
 * white space and may hold commas ("photo.jpg?crop=400,200,1000 400w"); a comma after white space ends a candidate's
 * descriptors. Splitting on every comma cut such addresses apart (Vogue, Bild, The i, Wired: broken pictures).
 */
export function mapSrcset(srcset: string, map: (url: string) => string): string {
  const out: string[] = [];
  const n = srcset.length;
  let i = 0;
  while (i < n) {
    while (i < n && (srcset[i] === ',' || /\s/.test(srcset[i]!))) i++;
    let j = i;
    while (j < n && !/\s/.test(srcset[j]!)) j++;
    if (j === i) break;
    let url = srcset.slice(i, j), desc = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else { const k = srcset.indexOf(',', j); desc = srcset.slice(j, k < 0 ? n : k).trim(); j = k < 0 ? n : k + 1; }
    out.push(desc ? `${map(url)} ${desc}` : map(url));
    i = j;
  }
  return out.join(', ');
}

const ICON_FILE = /(^|[-_.])icons?([-_.]|$)/i;

/** An image that is an icon, not a picture: set at an icon's size, or its file named as one ("gallery-icon.png"). */
export function isIcon(img: Element): boolean {
  const w = Number(img.getAttribute('width') ?? NaN), h = Number(img.getAttribute('height') ?? NaN);
  if ((w > 0 && w <= ICON_PX) || (h > 0 && h <= ICON_PX)) return true;
  const file = (img.getAttribute('src') ?? '').split(/[?#]/)[0]!.split('/').pop() ?? '';
  return ICON_FILE.test(file);
}

/** Whether `el` shows a picture or another medium that is no icon (lib/dom.ts hasMedia, icons left out). */
export function showsPicture(el: Element): boolean {
  if (!hasMedia(el, ICON_PX)) return false;
  const imgs = Array.from(el.getElementsByTagName('img'));
  return imgs.some((i) => !isIcon(i)) || hasMedia(stripped(el, imgs), ICON_PX);
}

/** A copy of `el` without its images: what other media it shows. */
function stripped(el: Element, imgs: Element[]): Element {
  if (!imgs.length) return el;
  const copy = el.cloneNode(true) as Element;
  for (const i of Array.from(copy.getElementsByTagName('img'))) i.remove();
  return copy;
}

/** Readability's test for a share button's box: any element so named with little text goes, an image too. */
const SHARE_NAME = /(\b|_)(share|sharedaddy)(\b|_)/i;

/**
 * A photo the page names shareable (Daily Mail's `<img class="blkBorder img-share">`, a hook for its "share this
 * picture" overlay) loses that name: Readability removes every element named "share" that holds little text, and
 * took all four of the story's photos, leaving their captions alone. An icon, or a picture in a link or a button,
 * is a share button's own and keeps it.
 */
function keepShareablePhotos(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    if (isIcon(img) || img.closest('a[href], button')) continue;
    for (const attr of ['class', 'id']) {
      const v = img.getAttribute(attr);
      if (v && SHARE_NAME.test(v)) img.setAttribute(attr, v.split(/\s+/).filter((t) => !SHARE_NAME.test(t)).join(' '));
    }
  }
}

const ADDRESS = /^(https?:)?\/\/|^\.{0,2}\//i; // not a lazy loader's settings ("{"default":…}")

/**
 * A lazy picture whose src is a hosted stand-in (Metro's "fallback.png", Welt's "lazy-picture-placeholder.png") gets
 * its own address, as the page's script would give it: Readability keeps a src it is given, and the reader view and
 * the exports showed the stand-in for every photo. A stand-in by its file's name, by a name that is only a size
 * ("800x600.png": a blank the server draws at the box's size), or by repetition: one src shared by pictures of other
 * addresses. Two kinds of evidence each time: the lazy address beside it is the other.
 */
function liftLazySources(root: Element): void {
  const lazy = Array.from(root.getElementsByTagName('img')).flatMap((img) => {
    const src = img.getAttribute('src')?.trim(), own = imageSource(img);
    return src && own && own !== src && !src.startsWith('data:') && ADDRESS.test(own) ? [{ img, src, own }] : [];
  });
  const owners = new Map<string, Set<string>>();
  for (const { src, own } of lazy) owners.set(src, (owners.get(src) ?? new Set()).add(own));
  for (const { img, src, own } of lazy) {
    const file = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
    if (owners.get(src)!.size >= 2 || STAND_IN_FILE.test(file) || SIZE_ONLY.test(file) || gifFor(file, own)) img.setAttribute('src', own);
  }
}

/** A file named by a size alone ("800x600.png", "180x231"). */
const SIZE_ONLY = /^\d{1,4}x\d{1,4}(\.[a-z]{3,4})?$/i;

const GIF = /\.gif$/i;
/** A GIF standing in for a picture of another kind (MSN's blank "e151e5.gif" before the photo its loader names). */
const gifFor = (file: string, own: string) => GIF.test(file) && !GIF.test(own.split(/[?#]/)[0]!);

/** Width and height that are a photo's shape, not its pixels: a CMS writes the aspect ratio there (The i's
 * width="16" height="9") and lets the page's style size the picture. Icons' sizes seldom are these exact pairs. */
const RATIO_SIZES = new Set(['16x9', '9x16', '4x3', '3x4', '19x9', '21x9']);

/** Takes off the size attributes that only give an aspect ratio: read as pixels, they made a lead photo an icon. */
function dropRatioSizes(root: Element): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    if (!RATIO_SIZES.has(`${img.getAttribute('width')?.trim()}x${img.getAttribute('height')?.trim()}`)) continue;
    img.removeAttribute('width');
    img.removeAttribute('height');
  }
}

/** A script's placeholder left in an address ("…/59234409_${formatId}.jpg", "…/{width}/photo.jpg"). */
const TEMPLATE = /\$?\{\w+\}/;
/** An address's text as a pattern where any run of digits (a picture's id) may differ. */
const anyDigits = (s: string) => escapeRegExp(s).replace(/\d+/g, '\\d+');

/**
 * An image address holding a script's unfilled placeholder (DW's "${formatId}", which the page's script fills with a
 * size) is filled with the value the page's other pictures of the same address shape carry there (the lead photo's
 * "…/68059583_604.jpg"); with none, the attribute goes, so that no broken picture is shown (its caption stays).
 */
function fillTemplates(root: Element): void {
  const imgs = Array.from(root.querySelectorAll('img, source'));
  // Each address with its srcset width (0: none given): the widest candidate's value is taken. Read at the first
  // stand-in (most pages have none), before any is filled in.
  let addresses: (readonly [string, number])[] | null = null;
  for (const el of imgs) for (const a of Array.from(el.attributes)) {
    const m = TEMPLATE.exec(a.value);
    if (!m || !/^(https?:|\/)/.test(a.value.trim())) continue;
    addresses ??= imgs.flatMap((e) => Array.from(e.attributes).flatMap((b) => Array.from(b.value.matchAll(/(https?:\/\/[^\s,"']+)(?:\s+(\d+)w)?/g), (x) => [x[1]!, +(x[2] ?? 0)] as const)));
    const shape = new RegExp(`^${anyDigits(a.value.slice(0, m.index))}([\\w-]+)${anyDigits(a.value.slice(m.index + m[0].length))}$`);
    let best: string | undefined, width = -1;
    for (const [u, w] of addresses) { const v = shape.exec(u)?.[1]; if (v && !TEMPLATE.test(u) && w > width) [best, width] = [v, w]; }
    if (best) el.setAttribute(a.name, a.value.replace(m[0], best)); else el.removeAttribute(a.name);
  }
}

/** An address's file is a picture's, by its ending. */
const PICTURE_FILE = /\.(jpe?g|png|gif|webp|avif)$/i;
/** Attributes a custom picture element passes on to its <img>. */
const IMG_ATTRS = ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'title'];

/** A custom element (its name has a hyphen) that is a picture: a picture's address or sizes, nothing shown inside it,
 * and no picture beside it in its box (a lightbox's larger copy of the <img> next to it). */
function customPicture(el: Element): boolean {
  if (!el.tagName.includes('-') || el.querySelector('img, picture, video, iframe, noscript')) return false;
  const src = el.getAttribute('src')?.split(/[?#]/)[0] ?? '';
  if (!has(el, 'srcset') && !PICTURE_FILE.test(src) && !el.hasAttribute('alt')) return false;
  return !src.startsWith('data:') && !!(src || has(el, 'srcset')) && !el.parentElement?.getElementsByTagName('img').length;
}

/**
 * A picture set as a custom element (AMP's `<amp-img>`, a framework's `<storefront-image>`) becomes an <img>, as
 * the page's script would render it: Readability and the reader know only <img>, and a live blog lost 12 of its 13
 * photos, leaving their credits alone.
 */
function imagesFromCustomElements(root: Element): void {
  const doc = root.ownerDocument, found: Element[] = [];
  eachElement(root, (el) => { if (customPicture(el)) found.push(el); });
  for (const el of found) {
    const img = doc.createElement('img');
    for (const a of IMG_ATTRS) { const v = el.getAttribute(a); if (v !== null) img.setAttribute(a, v); }
    el.replaceWith(img);
  }
}

/** The pictures of the working copy before Readability: tracking pixels and video stills out
 * (lib/tracker-image.ts, lib/video-still.ts), sizes that are a ratio dropped, hosted stand-ins replaced, shareable
 * photos kept; custom picture elements made <img> first, and pictures in buttons or named only by their sources
 * (lib/picture-sources.ts). */
export function preparePictures(root: Element): void {
  imagesFromCustomElements(root);
  plainPictures(root);
  dropTrackerImages(root);
  dropRatioSizes(root);
  fillTemplates(root);
  liftLazySources(root);
  dropVideoStills(root);
  keepShareablePhotos(root);
}

/** Removes each picture of a sign-up box (lib/clean/form-box.ts marks the box before Readability): a newsletter's
 * illustration, whose alt text repeats the box's pitch ("Get daily news delivered to your inbox"). Readability drops
 * the form and keeps the lone picture, which the clean stage, judging blocks of text, leaves. With its empty boxes. */
function dropFormPictures(body: Element): void {
  for (const img of Array.from(body.getElementsByTagName('img'))) {
    if (!inFormBox(img)) continue;
    let el: Element = img;
    while (el.parentElement && el.parentElement !== body && !(el.parentElement.textContent ?? '').trim() && el.parentElement.getElementsByTagName('img').length === 1) el = el.parentElement;
    el.remove();
  }
}

/**
 * Removes each picture that is only a lazy loader's blank placeholder with no address of the picture itself (SRF
 * builds it from an id by script), with the figure it leaves without media: its caption would describe a photo no
 * reader sees, and the placeholder showed as an empty frame (in the Markdown, as a data: image).
 */
function dropBlankPictures(body: Element): void {
  for (const img of Array.from(body.getElementsByTagName('img'))) {
    const src = img.getAttribute('src');
    if (!src || !isPlaceholder(src) || imageSource(img)) continue;
    const figure = img.closest('figure');
    (img.closest('picture') ?? img).remove(); // a <picture>'s sources show nothing without its <img>
    if (figure && !hasMedia(figure)) figure.remove();
  }
}

/** The pictures of the extracted body: stand-ins, blank placeholders and sign-up boxes' pictures out. */
export function tidyPictures(body: Element): void {
  dropImageStandIns(body);
  dropBlankPictures(body);
  dropFormPictures(body);
}
