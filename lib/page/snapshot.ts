// Snapshot: a copy of the live page on which the pipeline can run anywhere (in the tab, in an offscreen document,
// in the CLI's tests), with every element numbered so that what the pipeline keeps of the copy can be found again on
// the live page exactly, element for element. Readability moves, renames (copying attributes) and re-parses nodes;
// a numbered attribute survives all three, where matching by text does not (a paragraph cut differently, text
// outside any block, a page whose sentences repeat).
import { eachElement } from '../dom';

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
  const root = live.cloneNode(true) as Element;
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
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
  return { root, elements };
}

/** The snapshot as HTML text, for a pipeline that runs in another document (parsed there with DOMParser). */
export function serializeSnapshot(s: Snapshot): string {
  return `<!DOCTYPE html>\n${s.root.outerHTML}`;
}

/** The snapshot as a document of its own, for a pipeline that runs in the same window. */
export function snapshotDocument(doc: Document, s: Snapshot): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copy.replaceChild(copy.importNode(s.root, true), copy.documentElement);
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
