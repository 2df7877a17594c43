// A picture set inside the story's paragraph, at its opening, in an inline box of its own with its credit and its
// caption (`<p><span><span><img></span><span><span>© Provided by …</span><span>Nintendo/Apple</span></span></span>
// Nintendo and Apple shocked…</p>`): the box is the picture's figure, not the paragraph's first words. Left in the
// paragraph, the credit and the caption were read as the story's opening line. Known by structure alone: an inline
// box that opens the paragraph, shows a picture first and then a few words in elements of their own, links nowhere,
// and is followed by a line of the paragraph's own text.
import { wordCount } from './chars';
import { INLINE_TAGS, squeezed, tagOf, textOf } from './dom';
import { showsPicture } from './pictures';
import { CREDIT_MAX_WORDS } from './figures';

/** Words the picture's box may hold: a credit and a short caption ("© Provided by X Inc" + "Nintendo/Apple"). */
const BOX_WORDS = 2 * CREDIT_MAX_WORDS;
/** Characters of the paragraph's own text after the box, at least: a line of the story, not a second caption. */
const STORY_LINE = 80;


/** The inline box opening `p` that is a picture with its credit or caption, or null. */
function openingPicture(p: Element): Element | null {
  let first = p.firstChild;
  while (first && first.nodeType === 3 && !first.nodeValue?.trim()) first = first.nextSibling;
  if (!first || first.nodeType !== 1) return null;
  const box = first as Element;
  if (!INLINE_TAGS.has(tagOf(box)) || box.hasAttribute('href') || box.querySelector('a[href]') || !showsPicture(box)) return null;
  const words = textOf(box);
  if (!words || wordCount(words) > BOX_WORDS || textOf(p).length - words.length < STORY_LINE) return null;
  // The picture first, the words after it in elements of their own: no word set before or beside the picture.
  const kids = Array.from(box.children), at = kids.findIndex((k) => showsPicture(k));
  if (at < 0 || squeezed(kids[at]!)) return null;
  const after = kids.slice(at + 1).reduce((n, k) => n + squeezed(k).length, 0);
  return after === squeezed(box).length ? box : null;
}

/** Each paragraph's opening picture box becomes a <figure> before the paragraph: the picture's parts, then its words
 * as the <figcaption> (the page's own elements, moved). Returns how many. */
export function liftOpeningPictures(body: Element): number {
  let n = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const box = openingPicture(p);
    if (!box) continue;
    const doc = p.ownerDocument, figure = doc.createElement('figure'), caption = doc.createElement('figcaption');
    const kids = Array.from(box.childNodes), at = kids.findIndex((k) => k.nodeType === 1 && showsPicture(k as Element));
    kids.forEach((k, i) => (i <= at ? figure : caption).appendChild(k));
    figure.appendChild(caption);
    box.remove();
    p.before(figure);
    n++;
  }
  return n;
}
