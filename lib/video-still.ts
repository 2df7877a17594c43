// A video's still: the picture a player shows before it plays, with a play control and the video's length on it
// (Global News: an <svg> play icon and `<time>4:11</time>`; CNBC: a `role="button"` card with "4:42"). It is a link
// to a video, not a photo of the story: the reader view cannot play it, and as a full-width picture it passed for the
// story's lead photo (Global News' was a *related* video). Told by structure alone, in any language: a box around
// the picture, holding little text, shows both a length (an element whose whole text is "m:ss" or "h:mm:ss") and a
// control.
import { attrName, someElement, tagOf } from './dom';
import { isIcon } from './pictures';

/** Boxes climbed from the picture at most to find the card's length and control. */
const CARD_LEVELS = 4;
/** A card's text at most (its title, a length, a label): more is a box of the story. */
const CARD_MAX_CHARS = 300;
/** A video's length as the card prints it: "4:11", "04:42", "1:02:03". */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;

const text = (el: Element) => (el.textContent ?? '').trim();

/** An element whose whole text is a length; a <time> whose datetime is a date and hour is a clock, not a length. */
function isDuration(el: Element): boolean {
  if (el.firstElementChild || !DURATION.test(text(el))) return false;
  const name = attrName(el, 'datetime');
  const dt = name && el.getAttribute(name);
  return !dt || /^P/i.test(dt.trim());
}

const CONTROL = 'svg, button, [role="button"]';
const isControl = (el: Element) => tagOf(el) === 'BUTTON' || el.getAttribute('role') === 'button';

/** The card of a video still `img` (the smallest box holding its length and a control), or null: a photo. */
export function videoCard(img: Element): Element | null {
  if (isIcon(img)) return null; // an author's face beside a read-aloud player
  let box: Element | null = img.parentElement;
  let control = false;
  for (let e: Element | null = img.parentElement; e && !control; e = e.parentElement) control = isControl(e);
  for (let k = 0; box && k < CARD_LEVELS && tagOf(box) !== 'BODY'; k++, box = box.parentElement) {
    if (text(box).length > CARD_MAX_CHARS) return null;
    if (Array.from(box.querySelectorAll('*')).some(isDuration) && (control || box.querySelector(CONTROL))) return box;
  }
  return null;
}

/** The box a video card stands in when that box shows nothing else (the <figure> around a player, with the
 * video's caption): the card and its caption go together. */
function wholeBox(card: Element): Element {
  for (let up = card.parentElement; up && tagOf(up) !== 'BODY' && up.getElementsByTagName('img').length === 1; up = up.parentElement) {
    if (tagOf(up) === 'FIGURE') return up;
    if (text(up).length > CARD_MAX_CHARS) break;
  }
  return card;
}

/** Removes every video still under `root` with its card (and the figure that holds only it). Returns how many. */
export function dropVideoStills(root: Element): number {
  // No length anywhere in the tree (a card may climb above `root`), no card: one look at the leaves instead of a
  // climb and a search from every picture.
  let top = root;
  while (top.parentElement) top = top.parentElement;
  if (!someElement(top, isDuration)) return 0;
  let n = 0;
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const card = img.isConnected ? videoCard(img) : null;
    if (!card) continue;
    wholeBox(card).remove();
    n++;
  }
  return n;
}
