// Sign-in and sign-up boxes: a box around a form that asks for the reader's email address or password (a
// registration wall inside the story, a newsletter box, "Sign in or create an account … Continue … or"). Readability
// drops the form, the one sure sign, and leaves the box's heading and its "or" divider in the article, where they
// read as the story's words in any language. Found by structure before Readability: from each such input up through
// the boxes whose text stays short and holds no paragraph of prose. The box is marked; the clean stage removes its
// blocks with a reason (lib/clean/decide.ts).
import { STORY_TAGS, holdsProse, inMarkedBox, markBox } from './box-marks';
import { classWords, hintOfWord } from './markup';
import { closestTag } from '../dom';

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

// A box that sells the story: a form with a button (a checkout, "Für 0.99 € lesen") in a box whose class names say
// paywall ("ia-paywall__checkout"). Readability may keep its heading and its lines ("Jetzt weiterlesen!", the price,
// "Already a customer?") in the article, where they read as a crosshead and the story's words in any language. Two
// kinds of evidence, neither a word of the text: the form's control and the markup's name; the box is found as a
// sign-in box is (short, no prose), so the story around it never is.

/** Marks an element of a box that sells the story on the working copy. */
export const PAYWALL_BOX_ATTR = 'data-cp-paywall-box';
const FORM = new Set(['FORM']);

/** Whether an element from `el` up to `box` (both included) is named a paywall by its class names. */
function namedPaywall(el: Element, box: Element): boolean {
  for (let e: Element | null = el; e; e = e === box ? null : e.parentElement) if (classWords(e).some((w) => hintOfWord(w) === 'paywall')) return true;
  return false;
}

/** Marks the boxes around the given buttons that sell the story (a form's button in a box named a paywall). */
export function markPaywallBoxes(buttons: readonly Element[]): number {
  let n = 0;
  for (const button of buttons) {
    if (!button.isConnected || button.hasAttribute(PAYWALL_BOX_ATTR) || !closestTag(button, FORM)) continue;
    const box = boxOf(button);
    if (!box || !namedPaywall(button, box)) continue;
    markBox(box, PAYWALL_BOX_ATTR);
    n++;
  }
  return n;
}

/** Whether a block stands in a box that sells the story. */
export const inPaywallBox = (el: Element): boolean => inMarkedBox(el, PAYWALL_BOX_ATTR);
