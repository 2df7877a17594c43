// A player's or a loader's state line ("Video Loading" beside "Video Unavailable"): a script shows one of several
// short lines of the same class and hides the others. Without the script (the CLI, a saved page) the shown one stays
// for good, and next to a poster it passed for the photo's credit. Told by structure in any language: the line shares
// a class with a hidden sibling, both are a few words with no digit, link or picture, and they stand in a picture's
// or a video's box (a player; a line and its shorter form for small screens elsewhere is a name or a date). Found
// while the hidden ones are still there (the caller asks as it drops them, lib/hidden.ts), and dropped with them.

import { wordCount } from './chars';

/** Words of a state line at most: a panel of text shown in place of another (a tab) is longer. */
const STATE_WORDS = 3;

/** Levels above the lines' box a player's picture may be. */
const PLAYER_LEVELS = 2;

const words = (el: Element) => wordCount(el.textContent ?? '');
/** A line of a few words (a box of several elements is no line: checked first, as the text of a big one costs). */
const short = (el: Element) => el.childElementCount <= 2 && words(el) > 0 && words(el) <= STATE_WORDS && !/\d/.test(el.textContent ?? '') && !el.querySelector('a, img, picture, video, svg');
const MEDIA = 'img, picture, video';

/** A picture or a video in the box or in one of its boxes up to PLAYER_LEVELS above. */
function inPlayer(box: Element): boolean {
  let e: Element | null = box;
  for (let k = 0; e && k <= PLAYER_LEVELS && e.tagName.toUpperCase() !== 'BODY'; k++, e = e.parentElement) if (e.querySelector(MEDIA)) return true;
  return false;
}
const classes = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);

/** The shown siblings of a hidden element `el` that are other states of the same line (see the file's head). */
export function swappedStates(el: Element, isHidden: (e: Element) => boolean): Element[] {
  const parent = el.parentElement, own = classes(el);
  if (!parent || !own.length || !short(el) || !inPlayer(parent)) return [];
  return Array.from(parent.children).filter((s) => s !== el && short(s) && !isHidden(s) && classes(s).some((c) => own.includes(c)));
}
