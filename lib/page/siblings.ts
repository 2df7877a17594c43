// Share buttons come in rows: the siblings of a share button set in the same markup are buttons of the same bar
// (NZZ's "Drucken" beside "Teilen", each an icon and a word in a `div.actionbar__item`; Golem's "News folgen" beside
// its comments and share buttons), hidden with it. Evidence of two kinds, without words: the hidden sibling's (a
// share or comments button) and the same markup (its first class name), with a button's short label; a date, a
// byline or a picture is never one.
import type { HideStep } from './plan';
import { isMeta } from './meta';
import { PROTECTED } from './photos';

/** Characters of a button's label ("Drucken", "News folgen (öffnet im neuen Fenster)" with its words for screen
 * readers); more is a line of text. */
const LABEL_MAX = 40;
const REASONS = new Set(['share', 'comments']);

const firstClass = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';

export function hideButtonRows(steps: HideStep[]): HideStep[] {
  const hidden = new Set(steps.map((s) => s.el));
  const more: HideStep[] = [];
  for (const s of steps) {
    const cls = firstClass(s.el);
    if (!REASONS.has(s.reason) || !cls || !s.el.parentElement) continue;
    for (const sib of Array.from(s.el.parentElement.children)) {
      if (hidden.has(sib) || firstClass(sib) !== cls) continue;
      const text = (sib.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > LABEL_MAX || sib.matches(PROTECTED) || sib.querySelector(PROTECTED) || isMeta(sib)) continue;
      hidden.add(sib);
      more.push({ el: sib, id: s.id, reason: s.reason });
    }
  }
  return more.length ? [...steps, ...more] : steps;
}
