// A picture's stand-in: lazy-loading pages set a grey or blank image first and the picture itself beside it, in the
// same box, and swap them with a script (BBC: "grey-placeholder.png", then the photo with its srcset). Readability
// keeps both; the reader view and the exports then show a grey box before every photo. Known by structure alone: an
// image with no sizes of its own (no srcset, no alt text) directly followed, nothing between, by an image that has
// them. Two plain images side by side (a gallery) both stay.

import { attrName } from './dom';

const has = (el: Element, name: string) => attrName(el, name) !== null;
/** An image that says what it shows, or at which sizes: a picture, not a stand-in. */
const isPicture = (img: Element) => has(img, 'srcset') || has(img, 'sizes') || !!img.getAttribute('alt')?.trim();

/** The element sibling right after `el` when only white space stands between them. */
function nextTight(el: Element): Element | null {
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1) return n as Element;
    if (n.nodeType === 3 && n.textContent!.trim()) return null;
  }
  return null;
}

/** Removes from `body` every image that only stands in for the picture right after it. */
export function dropImageStandIns(body: Element): void {
  for (const img of [...body.getElementsByTagName('img')]) {
    if (isPicture(img)) continue;
    const next = nextTight(img);
    if (next?.tagName === 'IMG' && has(next, 'srcset')) img.remove();
  }
}
