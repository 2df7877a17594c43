// Snapshot: a copy of the live page on which the pipeline can run anywhere (in the tab, in an offscreen document,
// in the CLI's tests), with every element numbered so that what the pipeline keeps of the copy can be found again on
// the live page exactly, element for element. Readability moves, renames (copying attributes) and re-parses nodes;
// a numbered attribute survives all three, where matching by text does not (a paragraph cut differently, text
// outside any block, a page whose sentences repeat).
import { eachElement } from '../dom';
import { dropHidden, NEVER_RENDERED } from '../hidden';
import { resolveHiddenRuns } from '../hidden-story';
import { rendered } from './text';

/** Attribute carrying an element's number on the copy (never set on the live page). */
export const INDEX_ATTR = 'data-cp-i';

/** Elements whose content the pipeline never reads: dropped from the copy to keep it small (JSON-LD stays). */
const DROP = 'script:not([type*="json" i]), style, link[rel~="stylesheet" i], template';

export interface Snapshot {
  /** The copy's root (an <html> element not in any document), numbered and without scripts or styles. */
  root: Element;
  /** Live elements by number: `elements[n]` is the live counterpart of the copy's element numbered n. */
  elements: Element[];
}

/**
 * Copy the live page and number the copy's elements in document order, keeping the live counterparts.
 * Synchronous on purpose: the copy and the walk see the same tree, whatever the page's scripts do next.
 */
export function snapshotPage(doc: Document): Snapshot {
  const live = doc.documentElement;
  // A copy of the whole document has no browsing context: its images do not load and its handlers never run
  // (a copy of the element alone would belong to the live page, and fetch every image again).
  const root = (doc.cloneNode(true) as Document).documentElement;
  const elements: Element[] = [];
  // cloneNode copies element for element, so both trees walk in step.
  const stack: Array<[Element, Element]> = [[live, root]];
  while (stack.length) {
    const [l, c] = stack.pop()!;
    c.setAttribute(INDEX_ATTR, String(elements.length));
    elements.push(l);
    let lc = l.lastElementChild, cc = c.lastElementChild;
    for (; lc && cc; lc = lc.previousElementSibling, cc = cc.previousElementSibling) stack.push([lc, cc]);
  }
  // What the page does not show (a hover card inside a paragraph, a player's notice, screen-reader-only labels)
  // stays out of the copy, prose behind a "Read more" excepted (lib/hidden.ts; branch ext).
  dropHidden(live, root);
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
  dropUnseenLayers(doc, root, elements);
  parseNoscripts(root);
  return { root, elements };
}

/**
 * On a page with scripts on, a <noscript>'s content is one text node of markup. The copy has no browsing context, so
 * it would serialise that markup escaped, and the host would read it as text: "<link href=…>" at the top of the
 * story, from a <noscript> in the <head>. Parsed again in the copy (which loads nothing), it is what the page shows
 * without scripts, as in a saved page: an image that a lazy loader stands in for, which Readability then keeps.
 * Parsed in a <template>: Firefox parses a copied <noscript>'s own innerHTML as text again (scripting inherited).
 * A <noscript> in the <head> goes: it holds style links and tracker pixels, never story, and the host's DOMParser
 * (scripts off) moves an <img> found there to the top of <body>, where it glued "Skip to Content" into a paragraph
 * the reader then kept.
 */
function parseNoscripts(root: Element): void {
  const doc = root.ownerDocument;
  for (const ns of Array.from(root.getElementsByTagName('noscript'))) {
    if (ns.parentElement?.closest('head')) { ns.remove(); continue; }
    const markup = ns.textContent ?? '';
    if (ns.firstElementChild || !markup.includes('<')) continue;
    const t = doc.createElement('template');
    t.innerHTML = markup;
    ns.replaceChildren(t.content);
  }
}

const LAYERS = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * Take out of the copy the layers the reader cannot see: a closed consent centre or newsletter dialog, a menu
 * drawer, a body-level box the site's stylesheet hides. Readability reads only inline styles, so such a layer full
 * of policy text can outscore the story (a consent centre taken for the article leaves nothing to clean on the
 * page). Only layers are dropped, not hidden parts of the story (a paragraph behind "Read more" stays).
 */
function dropUnseenLayers(doc: Document, root: Element, elements: Element[]): void {
  const body = doc.body;
  if (!body) return;
  // A script, style or template is never rendered: not a layer (a JSON-LD script under <body> holds the byline).
  // (Without layout, as in a test's DOM, everything counts as rendered and nothing is dropped.)
  const unseen = [...Array.from(body.children), ...Array.from(body.querySelectorAll(LAYERS))]
    .filter((el) => !NEVER_RENDERED.has(el.tagName.toUpperCase()) && !rendered(el));
  if (!unseen.length) return;
  const number = new Map<Element, number>();
  for (const el of unseen) number.set(el, elements.indexOf(el));
  for (const [, n] of number) if (n >= 0) root.querySelector(`[${INDEX_ATTR}="${n}"]`)?.remove();
}

/** The snapshot as HTML text, for a pipeline that runs in another document (parsed there with DOMParser). */
export function serializeSnapshot(s: Snapshot): string {
  return `<!DOCTYPE html>\n${s.root.outerHTML}`;
}

/** The snapshot as a document of its own, for a pipeline that runs in the same window (as the host makes it). */
export function snapshotDocument(doc: Document, s: Snapshot): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copy.replaceChild(copy.importNode(s.root, true), copy.documentElement);
  resolveHiddenRuns(copy);
  return copy;
}

/** Numbers of the numbered elements under `root` (root included), in document order. */
export function indicesUnder(root: Element): number[] {
  const out: number[] = [];
  eachElement(root, (el) => {
    const v = el.getAttribute(INDEX_ATTR);
    if (v !== null) out.push(Number(v));
  });
  return out;
}
