// A captioned photo in the story, inside boxes whose class names Readability reads as clutter (Euronews: <div
// class="widget widget--type-image"> around <figure class="widget__figure">): Readability scores a "widget" or
// "media" class below zero and drops each such <div> that holds little text, so the photo and its caption were lost
// from the reader view and the exports while the page showed them. The boxes that hold nothing but the figure lose
// those names before Readability runs. A figure that is a link (a teaser's picture) keeps them: it is a card.
import { Readability } from '@mozilla/readability';
import { oneLine } from './chars';
import { isIcon } from './pictures';

/** Readability's own test for a class or id that lowers an element's score ("widget", "media", "promo", "share"…). */
const NEGATIVE: RegExp = (Readability.prototype as unknown as { REGEXPS: { negative: RegExp } }).REGEXPS.negative;

/** A figure with a photo and a caption, and no link: the story's own picture. */
function captionedPhoto(figure: Element): boolean {
  const img = figure.querySelector('img');
  const caption = figure.querySelector('figcaption');
  return !!img && !isIcon(img) && !!caption && !!oneLine(caption.textContent ?? '') && !figure.querySelector('a[href]');
}

/** Strips the names Readability scores down from the boxes around each captioned photo that hold only it. */
export function keepWrappedFigures(root: Element): void {
  for (const figure of Array.from(root.getElementsByTagName('figure'))) {
    if (!captionedPhoto(figure)) continue;
    const own = oneLine(figure.textContent ?? '');
    for (let box = figure.parentElement; box && box !== root && box.tagName.toUpperCase() === 'DIV'; box = box.parentElement) {
      if (oneLine(box.textContent ?? '') !== own || box.getElementsByTagName('img').length !== 1) break;
      for (const attr of ['class', 'id']) {
        const v = box.getAttribute(attr);
        if (v && NEGATIVE.test(v)) box.setAttribute(attr, v.split(/\s+/).filter((t) => !NEGATIVE.test(t)).join(' '));
      }
    }
  }
}
