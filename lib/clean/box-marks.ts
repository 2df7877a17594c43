// Boxes found on the working copy before Readability (consent placeholders, sign-in boxes) are marked on every
// element: Readability unwraps and renames boxes, and each block left of one must still carry the mark for the
// clean stage to find it.
import { eachElement } from '../dom';
import { wordCount } from '../chars';

/** A paragraph of this many words is prose: a box that holds one holds story, no form or poll alone. */
const PROSE_WORDS = 30;

/** The boxes a climb from a form or a poll never takes: what holds the story. */
export const STORY_TAGS: ReadonlySet<string> = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** Whether `box` holds a paragraph of prose. */
export const holdsProse = (box: Element): boolean => Array.from(box.getElementsByTagName('p')).some((p) => wordCount(p.textContent ?? '') >= PROSE_WORDS);

/** Marks `box` and every element in it with the attribute `attr`. */
export function markBox(box: Element, attr: string): void {
  eachElement(box, (e) => { e.setAttribute(attr, ''); });
}

/** Whether a block stands in a box marked with `attr` (the block itself or its parent carries the mark). */
export const inMarkedBox = (el: Element, attr: string): boolean => el.hasAttribute(attr) || !!el.parentElement?.hasAttribute(attr);
