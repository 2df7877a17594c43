// Consent placeholders: where a page embeds content of another site (a podcast player, a post, a map) only after
// the reader agrees, it prints a box in its place: a heading, a note about external content, a toggle (a checkbox
// with its label, or a button) and a line of consent. Without the embed the box says nothing about the story, in
// any language. Found by structure before Readability (which drops the controls, the best evidence): a box of a few
// lines whose only controls are a toggle, that shows no media and whose markup carries the address of the other
// site. The box is marked; the clean stage removes its blocks with a reason ("cookie": a consent notice).
import { hasMedia, ICON_PX } from '../dom';
import { inMarkedBox, markBox } from './box-marks';
import { hostOf } from './addresses';

/** Marks a consent placeholder on the working copy (read by the clean stage, lib/clean/decide.ts). */
export const CONSENT_ATTR = 'data-cp-consent';

/** Text a placeholder holds at most: a heading, a note, a label and a consent line. */
const BOX_MAX_CHARS = 1200;
/** Boxes above a toggle that may carry the embed's address (the placeholder's frame and its wrapper). */
const FRAME_DEPTH = 4;
/** Controls that ask for something (text, a choice among several): a form, not a toggle. */
const ASKING = 'textarea, select, input:not([type]), input[type="text"], input[type="email"], input[type="search"], input[type="radio"], input[type="number"], input[type="tel"]';


/** An address of another site than `own` in one of the element's data attributes (the embed's source). */
function foreignAddress(el: Element, own: string | null): boolean {
  for (const a of Array.from(el.attributes)) {
    if (!a.name.startsWith('data-')) continue;
    for (const m of a.value.matchAll(/https?:\/\/[^\s"'&,;{}<>\\]+/g)) {
      const h = hostOf(m[0]);
      if (h && h !== own) return true;
    }
  }
  return false;
}

/** The placeholder around a toggle, or null: the frame that names the other site, small, without media or forms. */
function placeholderOf(toggle: Element, own: string | null): Element | null {
  // Attributes first (cheap); the text is measured once, on the frame found (its inner boxes are smaller still).
  let box: Element | null = toggle.parentElement, named = false;
  for (let depth = 0; box && depth < FRAME_DEPTH && box.tagName !== 'BODY'; depth++, box = box.parentElement) {
    if ((named = foreignAddress(box, own))) break;
  }
  if (!box || !named || (box.textContent ?? '').length > BOX_MAX_CHARS || box.closest('form')) return null;
  if (hasMedia(box, ICON_PX) || box.querySelector(ASKING)) return null;
  // One toggle: a box of several buttons is a toolbar (share, player controls), not a placeholder.
  if (box.querySelectorAll('input[type="checkbox"], button, [role="button"]').length > 1) return null;
  return (box.textContent ?? '').trim() ? box : null;
}

/** The toggles under `body`: its checkboxes, then its buttons, each in document order. */
const togglesIn = (body: Element): Element[] => [...Array.from(body.getElementsByTagName('input')).filter((i) => (i.getAttribute('type') ?? '').toLowerCase() === 'checkbox'),
  ...Array.from(body.getElementsByTagName('button'))];

/** Mark the consent placeholders under `body`; `url` is the page's address (its own host is no other site).
 * `toggles` are body's toggles as `togglesIn` lists them, when a walk of the caller's has found them already. */
export function markConsentPlaceholders(body: Element, url: string | null, toggles: Element[] = togglesIn(body)): number {
  const own = url ? hostOf(url) : null;
  let n = 0;
  for (const t of toggles) {
    const box = placeholderOf(t, own);
    if (!box || box.hasAttribute(CONSENT_ATTR)) continue;
    markBox(box, CONSENT_ATTR);
    n++;
  }
  return n;
}

/** Whether a block stands in a marked placeholder (every element of one is marked). */
export const inConsentPlaceholder = (el: Element): boolean => inMarkedBox(el, CONSENT_ATTR);
