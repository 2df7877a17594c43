// Sign-in and sign-up boxes: a box around a form that asks for the reader's email address or password (a
// registration wall inside the story, a newsletter box, "Sign in or create an account … Continue … or"). Readability
// drops the form, the one sure sign, and leaves the box's heading and its "or" divider in the article, where they
// read as the story's words in any language. Found by structure before Readability: from each such input up through
// the boxes whose text stays short and holds no paragraph of prose. The box is marked; the clean stage removes its
// blocks with a reason (lib/clean/decide.ts).
import { STORY_TAGS, holdsProse, inMarkedBox, markBox } from './box-marks';

/** Marks an element of a sign-in or sign-up box on the working copy. */
export const FORM_BOX_ATTR = 'data-cp-form-box';

/** Text a box around the form holds at most: a heading, a note, a few selling points, the labels and a divider. */
const BOX_MAX_CHARS = 600;
/** Boxes climbed from the input at most. */
const CLIMB = 10;

/** Whether an input asks for the reader's email address or a password. */
export function asksForAccount(input: Element): boolean {
  const type = (input.getAttribute('type') ?? '').toLowerCase();
  return type === 'email' || type === 'password';
}


/** The largest box around `input` that is still only the form and its few lines, or null when it has no text. */
function boxOf(input: Element): Element | null {
  let box = input;
  for (let k = 0, up = box.parentElement; k < CLIMB && up && !STORY_TAGS.has(up.tagName.toUpperCase()); k++, up = up.parentElement) {
    if ((up.textContent ?? '').trim().length > BOX_MAX_CHARS || up.querySelector('h1') || holdsProse(up)) break;
    box = up;
  }
  return box !== input && (box.textContent ?? '').trim() ? box : null;
}

/** Marks the boxes around the given inputs (those `asksForAccount` accepts); returns how many. */
export function markFormBoxes(inputs: readonly Element[]): number {
  let n = 0;
  for (const input of inputs) {
    if (!input.isConnected || input.hasAttribute(FORM_BOX_ATTR)) continue;
    const box = boxOf(input);
    if (!box) continue;
    markBox(box, FORM_BOX_ATTR);
    n++;
  }
  return n;
}

/** Whether a block stands in a marked box (every element of one is marked). */
export const inFormBox = (el: Element): boolean => inMarkedBox(el, FORM_BOX_ATTR);
