// The last check of Clean on the live page: what the reader shows stays visible. A block of the cleaned article
// (found by its fingerprint) that the plan would hide, with fewer copies of it left showing than the article holds,
// is uncovered: the step that hides it gives way to steps for everything else in its box. However a page is built
// (bare text in a box, a paragraph inside a box read as furniture), Clean never hides a story's paragraph.
import { CONTAINER, NO_BOX, liveBlocks, type LiveBlock } from './hide';
import type { LiveArticle } from './article';
import type { HideStep } from './plan';
import { rendered } from './text';

/** Characters of a block for being guarded: a sentence's worth (labels and short lines repeat across a page). */
const STORY_LINE_MIN = 30;

/** The step that hides `el` (itself or the nearest box around it), or null. */
function hiderOf(el: Element, byEl: ReadonlyMap<Element, HideStep>): HideStep | null {
  for (let p: Element | null = el; p; p = p.parentElement) { const s = byEl.get(p); if (s) return s; }
  return null;
}

/** Replace `s` by steps for every part of its box off the path down to `el` (under the same id and reason). */
function uncover(s: HideStep, el: Element, byEl: Map<Element, HideStep>): void {
  byEl.delete(s.el);
  if (s.id === CONTAINER || s.el === el) return; // an emptied box's parts are hidden by steps of their own
  for (let node: Element | null = el; node && node !== s.el; node = node.parentElement) {
    const box: Element | null = node.parentElement;
    if (!box) break;
    for (let c: Element | null = box.firstElementChild; c; c = c.nextElementSibling) {
      if (c === node || NO_BOX.has(c.tagName.toUpperCase()) || byEl.has(c)) continue;
      byEl.set(c, { el: c, id: s.id, reason: s.reason });
    }
  }
}

/** The steps of `steps` that leave every block of the cleaned article showing as often as the article holds it. */
export function keepStoryShown(body: Element, a: LiveArticle, steps: HideStep[]): HideStep[] {
  if (!a.story.size) return steps;
  const byEl = new Map<Element, HideStep>();
  for (const s of steps) if (!byEl.has(s.el)) byEl.set(s.el, s);
  const shown = new Map<string, number>();
  const hidden: LiveBlock[] = [];
  for (const b of liveBlocks(body)) {
    if (!a.story.has(b.fingerprint) || b.text.length < STORY_LINE_MIN || !rendered(b.el)) continue;
    if (hiderOf(b.el, byEl)) hidden.push(b);
    else shown.set(b.fingerprint, (shown.get(b.fingerprint) ?? 0) + 1);
  }
  if (!hidden.length) return steps;
  // The copies in the article's box first: a sidebar's copy of a line is not the story's.
  const inBody = (b: LiveBlock) => (a.root ?? body).contains(b.el);
  hidden.sort((x, y) => Number(inBody(y)) - Number(inBody(x)));
  for (const b of hidden) {
    const n = shown.get(b.fingerprint) ?? 0;
    if (n >= (a.story.get(b.fingerprint) ?? 0)) continue;
    shown.set(b.fingerprint, n + 1);
    for (let s = hiderOf(b.el, byEl); s; s = hiderOf(b.el, byEl)) uncover(s, b.el, byEl);
  }
  return [...byEl.values()];
}
