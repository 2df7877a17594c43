// A photo's caption marked up as a heading: some sites set the caption under a picture as an <h1>–<h6> in the
// picture's own box (`<div><img><h1>Minister X, second left, at…</h1></div>`). Read as a heading it shows as a big
// title in the middle of the story and cuts the text into false sections. What tells it apart is structure, not
// words: a box that links nowhere (a teaser card's picture and headline link to another story) and holds a picture, that heading and at most a short line after it (a credit, "Photo: AFP"), and a
// heading as long as a sentence (a
// section heading is short and stands among the story's paragraphs). Such a heading becomes the picture's
// <figcaption>, inside a <figure>, before Readability runs.
import { hasMedia, squeezed, tagOf } from './dom';
import { wordCount } from './chars';
// (a line after the caption of no more words than a credit has is still the picture's; longer, it is the story's)
import { CREDIT_MAX_WORDS } from './figures';

/** Words a heading needs to read as a sentence-long caption (section headings rarely reach this). */
const CAPTION_MIN_WORDS = 12;

/** An element that shows a picture (or another medium) and no text. */
const isPictureBox = (el: Element): boolean => !(el.textContent ?? '').trim() && hasMedia(el);

/** The heading follows a picture in a box that holds nothing else but short lines after it (a credit). */
export function isCaptionHeading(h: Element): boolean {
  const box = h.parentElement;
  if (!box || wordCount((h.textContent ?? '').trim()) < CAPTION_MIN_WORDS) return false;
  // A teaser card (a picture and another story's headline) links to that story; a caption links nowhere.
  if (box.closest('a') || box.querySelector('a[href]')) return false;
  const siblings = Array.from(box.children);
  const at = siblings.indexOf(h);
  if (at < 1 || !siblings.slice(0, at).every(isPictureBox)) return false;
  // Text outside the elements (a bare text node) would be the story's: only the heading and the credit lines count.
  const own = siblings.reduce((n, s) => n + (s.textContent ?? '').trim().length, 0);
  if (squeezed(box).length > own) return false;
  return siblings.slice(at + 1).every((s) => wordCount((s.textContent ?? '').trim()) <= CREDIT_MAX_WORDS);
}

/** Turns each caption heading into the <figcaption> of a <figure> holding its box's content. */
export function captionsFromHeadings(headings: readonly Element[]): number {
  let n = 0;
  for (const h of headings) {
    const box = h.parentElement, doc = h.ownerDocument;
    if (!box || !h.isConnected) continue;
    const caption = doc.createElement('figcaption');
    while (h.firstChild) caption.appendChild(h.firstChild);
    h.replaceWith(caption);
    if (tagOf(box) !== 'FIGURE') {
      const figure = doc.createElement('figure');
      while (box.firstChild) figure.appendChild(box.firstChild);
      box.appendChild(figure);
    }
    n++;
  }
  return n;
}
