// A gallery's slides as the reader view and the exports show them: every photo once. Carousels mark the slides
// they do not show aria-hidden (Reuters marks all five, the first included), and Readability drops what is marked
// so; lazy galleries give the photo of a slide not yet shown only in a <noscript> copy beside an empty box. Both by
// structure alone, in any language. Before Readability: a hidden box that shows a photo and no text is shown, and a
// <noscript> copy of a picture takes its place when nothing else in its box shows one. After: a picture shown twice
// (a carousel's clones, a photo set once for wide and once for narrow screens) is kept once.
import { showsPicture } from './pictures';
import { imageSource, isPhoto } from './lead-photo';
import { isPictureFile, squeezed, tagOf } from './dom';

/** A picture in a link to another page is a teaser's (a rail of related stories); one linking to its own file is not. */
const inTeaser = (el: Element) => {
  const a = el.closest('a[href]');
  return !!a && !isPictureFile(a.getAttribute('href'));
};

/** Takes aria-hidden off each box that shows a photo (no icon) and no text: a slide is on screen once its turn
 * comes. Returns the boxes. */
export function showHiddenSlides(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('[aria-hidden="true"]'))) {
    if (squeezed(el) || !showsPicture(el) || inTeaser(el) || !Array.from(el.getElementsByTagName('img')).some(isPhoto)) continue;
    el.removeAttribute('aria-hidden');
    out.push(el);
  }
  return out;
}

const described = (img: Element) => !!img.getAttribute('alt')?.trim() || img.hasAttribute('srcset') || img.hasAttribute('srcSet');

/** Levels above a slide its gallery's track may be. */
const TRACK_LEVELS = 5;

/**
 * The track of each gallery a slide belongs to (the outermost box above it that shows no text), when it shows two
 * photos or more, becomes a <figure>. Readability drops a box of several pictures and no paragraph (its "p to img
 * ratio") unless it is in a figure: a gallery the page shows is part of the story.
 */
export function keepGalleries(slides: readonly Element[]): number {
  let n = 0;
  for (const slide of slides) {
    let track = slide;
    for (let k = 0; k < TRACK_LEVELS; k++) {
      const p = track.parentElement;
      if (!p || tagOf(p) === 'BODY' || squeezed(p)) break;
      track = p;
    }
    // Two photos at least: a stand-in beside its picture (no alt, no srcset) is no gallery.
    if (!track.isConnected || track.closest('figure') || Array.from(track.getElementsByTagName('img')).filter(described).length < 2) continue;
    const figure = track.ownerDocument.createElement('figure');
    track.replaceWith(figure);
    figure.appendChild(track);
    // Readability drops a box whose class reads as page furniture ("carousel__scroller": "scroll") before any other
    // test; the track's boxes hold nothing but the pictures, so their names say nothing the later steps need.
    for (const el of [track, ...Array.from(track.querySelectorAll('div, span'))]) { el.removeAttribute('class'); el.removeAttribute('id'); }
    n++;
  }
  return n;
}

/** Puts each <noscript> copy of one picture in its place, when nothing else in its box shows a picture. A browser
 * with scripts on keeps the copy as text, so it is read through innerHTML (an inert document: nothing loads). */
export function unwrapNoscriptPictures(root: Element): Element[] {
  const out: Element[] = [];
  for (const ns of Array.from(root.getElementsByTagName('noscript'))) {
    const box = ns.parentElement, doc = ns.ownerDocument;
    if (!box || inTeaser(box) || Array.from(box.getElementsByTagName('img')).some((i) => !ns.contains(i))) continue;
    const tmp = doc.createElement('div');
    tmp.innerHTML = ns.innerHTML;
    const imgs = tmp.getElementsByTagName('img');
    if (imgs.length !== 1 || squeezed(tmp) || !showsPicture(tmp) || !isPhoto(imgs[0]!)) continue;
    const img = imgs[0]!;
    ns.replaceWith(img);
    out.push(img);
  }
  return out;
}

/** What tells a picture from another: its address (a lazy one's real address, not the placeholder every picture
 * shares: MSN, Times of India) and its alt text (one placeholder file may stand for pictures not yet loaded). */
const keyOf = (img: Element) => {
  // One picture in two sizes ("photo-706x386.jpg", "photo-1412x772.jpg": Correctiv's wide and narrow copies).
  const src = (imageSource(img) ?? '').split('#')[0]!.trim().replace(/[-_]\d+x\d+(?=\.\w+($|\?))/, '');
  return src && !src.startsWith('data:') ? `${src}\n${(img.getAttribute('alt') ?? '').trim()}` : null;
};
const captionOf = (img: Element) => img.closest('figure')?.querySelector('figcaption') ?? null;

/** Removes from `body` each picture an earlier one shows again (`keyOf`); of two, the one with a caption stays. */
export function dropRepeatedPictures(body: Element): number {
  const first = new Map<string, Element>();
  let n = 0;
  for (const img of Array.from(body.getElementsByTagName('img'))) {
    const key = keyOf(img);
    if (!key) continue;
    const seen = first.get(key);
    if (!seen) { first.set(key, img); continue; }
    const [keep, drop] = !captionOf(seen) && captionOf(img) ? [img, seen] : [seen, img];
    first.set(key, keep);
    removePicture(drop);
    n++;
  }
  return n;
}

/** Removes a picture with the boxes that held nothing else (its <picture>), and its <figure> when that shows no other
 * picture: the caption of a picture shown twice is the kept one's too (Freie Presse set each photo twice). */
function removePicture(img: Element): void {
  let el: Element = img;
  while (el.parentElement && !squeezed(el.parentElement) && el.parentElement.getElementsByTagName('img').length === 1 && tagOf(el.parentElement) !== 'BODY' && !el.parentElement.id?.startsWith('readability-')) el = el.parentElement;
  const figure = el.closest('figure');
  (figure && figure.getElementsByTagName('img').length === 1 ? figure : el).remove();
}
