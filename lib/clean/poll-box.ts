// Polls and quizzes: a box around a group of radio buttons (one question, its answers). Readability drops the
// buttons and leaves the question and the answers as lines of the story, where a reader sees a list of
// statements nobody made ("Yes, definitely." "No, that would be censorship.") in any language. Found by structure
// before Readability, from the group up through the boxes whose text stays short and holds no paragraph of prose,
// as sign-in boxes are (lib/clean/form-box.ts); the clean stage removes the blocks of a marked box.
import { STORY_TAGS, holdsProse, inMarkedBox, markBox } from './box-marks';

/** Marks an element of a poll's box on the working copy. */
export const POLL_BOX_ATTR = 'data-cp-poll';

/** Text a poll's box holds at most: a heading, the question, some answers and a count of votes. */
const BOX_MAX_CHARS = 900;
/** Boxes climbed above the answers' common box at most. */
const CLIMB = 4;

const fits = (box: Element) => !STORY_TAGS.has(box.tagName.toUpperCase()) && (box.textContent ?? '').trim().length <= BOX_MAX_CHARS && !box.querySelector('h1') && !holdsProse(box);

/** The radio buttons shown with answers in words, by the group (name) they share. */
function answerGroups(radios: readonly Element[]): Map<string, Element[]> {
  const groups = new Map<string, Element[]>();
  for (const r of radios) {
    const name = r.getAttribute('name');
    if (!name || !answer(r)) continue;
    const g = groups.get(name);
    if (g) g.push(r); else groups.set(name, [r]);
  }
  return groups;
}

/** Whether `box` is a poll's box as it stands (the live page's test of a box Readability left out): short, no
 * paragraph of prose, around two or more answers of one question. */
export function isPollBox(box: Element): boolean {
  if (!fits(box)) return false;
  return [...answerGroups(Array.from(box.querySelectorAll('input[type="radio" i]'))).values()].some((g) => g.length >= 2);
}

/** Marks the box of each group of two or more radio buttons that share a name; returns how many. */
export function markPollBoxes(radios: readonly Element[]): number {
  let n = 0;
  for (const g of answerGroups(radios).values()) {
    if (g.length < 2) continue;
    let box: Element | null = commonBox(g);
    if (!box || !fits(box)) continue;
    for (let k = 0, up = box.parentElement; k < CLIMB && up && fits(up); k++, up = up.parentElement) box = up;
    markBox(box, POLL_BOX_ATTR);
    n++;
  }
  return n;
}

/** Letters an answer's label has at least: a player's settings ("0.5x", "720p") are no answers. */
const ANSWER_LETTERS = 3;

/** A radio button shown with an answer in words: its label's text (the label around it, or the one naming it). */
function answer(r: Element): boolean {
  if (r.hasAttribute('hidden')) return false;
  const id = r.getAttribute('id');
  const label = r.closest('label') ?? (id ? r.ownerDocument.querySelector(`label[for="${quoteAttr(id)}"]`) : null) ?? r.parentElement;
  return ((label?.textContent ?? '').match(/\p{L}/gu) ?? []).length >= ANSWER_LETTERS;
}
const quoteAttr = (s: string) => s.replace(/["\\]/g, '\\$&');

/** The nearest element that holds every input of the group. */
function commonBox(inputs: Element[]): Element | null {
  for (let box = inputs[0]!.parentElement; box; box = box.parentElement) if (inputs.every((i) => box!.contains(i))) return box;
  return null;
}

/** Whether a block stands in a marked poll box. */
export const inPollBox = (el: Element): boolean => inMarkedBox(el, POLL_BOX_ATTR);
