// A captioned photo in the story, inside boxes whose class names Readability reads as clutter (Euronews: <div
// class="widget widget--type-image"> around <figure class="widget__figure">): Readability scores a "widget" or
// "media" class below zero and drops each such <div> that holds little text, so the photo and its caption were lost
// from the reader view and the exports while the page showed them. The boxes that hold nothing but the figure lose
// those names before Readability runs, and so do the boxes inside the figure around its picture (a utility class
// "overflow-hidden" reads as "hidden": the photo went, its caption stayed). A figure that links elsewhere (a
// teaser's picture) keeps them: it is a card. A link to the picture's own file (a zoom) is no card.
import { Readability } from '@mozilla/readability';
import { oneLine } from './chars';
import { isPictureFile } from './dom';
import { isIcon } from './pictures';

/** Readability's own test for a class or id that lowers an element's score ("widget", "media", "promo", "share"…). */
const NEGATIVE: RegExp = (Readability.prototype as unknown as { REGEXPS: { negative: RegExp } }).REGEXPS.negative;

/** A link out of the figure: anything but its own picture's larger file. */
const linksOut = (figure: Element) => Array.from(figure.querySelectorAll('a[href]')).some((a) => !isPictureFile(a.getAttribute('href')));

/** The photo of a figure with a caption and no link out (the story's own picture), or null. */
function captionedPhoto(figure: Element): Element | null {
  const img = figure.querySelector('img');
  const caption = figure.querySelector('figcaption');
  return img && !isIcon(img) && caption && oneLine(caption.textContent ?? '') && !linksOut(figure) ? img : null;
}

/** Takes the names Readability scores down off a box. */
function unmark(box: Element): void {
  for (const attr of ['class', 'id']) {
    const v = box.getAttribute(attr);
    if (v && NEGATIVE.test(v)) box.setAttribute(attr, v.split(/\s+/).filter((t) => !NEGATIVE.test(t)).join(' '));
  }
}

/** Strips the names Readability scores down from the boxes around each captioned photo that hold only it, and from
 * the boxes between the photo and its figure. */
export function keepWrappedFigures(root: Element): void {
  for (const figure of Array.from(root.getElementsByTagName('figure'))) {
    const img = captionedPhoto(figure);
    if (!img) continue;
    for (let box = img.parentElement; box && box !== figure; box = box.parentElement) if (box.tagName.toUpperCase() === 'DIV') unmark(box);
    const own = oneLine(figure.textContent ?? '');
    for (let box = figure.parentElement; box && box !== root && box.tagName.toUpperCase() === 'DIV'; box = box.parentElement) {
      if (oneLine(box.textContent ?? '') !== own || box.getElementsByTagName('img').length !== 1) break;
      unmark(box);
    }
  }
}
