// A panel a control of the page opens: a button names it as what it controls (`aria-controls="x"`,
// `data-target="x"`, `data-bs-target="#x"`), so it is a dropdown or a dialog (a share menu, "This feature is for
// registered users — Sign in"), shown only when the reader asks. Where the page's scripts or style sheets do not
// hide it, it stood open in the header. A box of the same kind (the panel's first class name) beside such a panel is
// one too, though no control names it: a site builds its dropdowns alike and opens some from scripts. Evidence of the page's own
// identifiers, in no language's words. A box that holds prose is never one (a "read more" that unfolds the story).
import { holdsProse } from '../clean/box-marks';

/** Characters a panel holds at most: a menu's or a prompt's lines, not a section of the story. */
export const PANEL_MAX = 600;

const CONTROLS = '[aria-controls], [data-target], [data-bs-target]';

interface Panels { ids: Set<string> }
/** The panels of a document, read once per synchronous pass (a plan is made in one): dropped at the next microtask,
 * as the page may change before the next Clean. */
let cache: { doc: Document; panels: Panels } | null = null;

function panelsOf(doc: Document): Panels {
  if (cache?.doc === doc) return cache.panels;
  const ids = new Set<string>();
  for (const c of Array.from(doc.querySelectorAll(CONTROLS))) {
    for (const a of ['aria-controls', 'data-target', 'data-bs-target']) {
      for (const t of (c.getAttribute(a) ?? '').split(/\s+/)) if (/^#?[\w-]+$/.test(t)) ids.add(t.replace(/^#/, ''));
    }
  }
  const panels = { ids };
  cache = { doc, panels };
  queueMicrotask(() => { if (cache?.panels === panels) cache = null; });
  return panels;
}

const firstClass = (el: Element) => el.getAttribute('class')?.trim().split(/\s+/)[0] ?? '';

/** Whether `el` is a panel a control opens, or a box of the same kind beside one, small and without prose. */
export function isControlPanel(el: Element): boolean {
  const id = el.getAttribute('id'), first = firstClass(el);
  if (!id && !first) return false;
  const { ids } = panelsOf(el.ownerDocument);
  if (!ids.size) return false;
  const named = (e: Element) => { const i = e.getAttribute('id'); return !!i && ids.has(i); };
  const kin = !!first && !!el.parentElement && Array.from(el.parentElement.children).some((s) => s !== el && named(s) && firstClass(s) === first);
  if (!named(el) && !kin) return false;
  return (el.textContent ?? '').trim().length <= PANEL_MAX && !holdsProse(el);
}

/**
 * Whether a box is or holds a panel a control of the page opens (ABC's author box, whose "follow" button's dropdown,
 * "for registered users — Sign in", stands open beside the byline, its id naming the author): the box is judged by
 * its parts, the panel hidden.
 */
export const holdsPanel = (el: Element): boolean => [el, ...Array.from(el.querySelectorAll('[id]'))].some(isControlPanel);
