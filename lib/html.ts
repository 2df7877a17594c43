// HTML hygiene of the clean article: take off the attributes the working copy needed (classes for the clean
// stage, ids, inline styles) so that exports and the reader view carry only content.
import { eachElement } from './dom';

const KEEP_ATTRS = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir', 'start', 'type', 'reversed', 'controls', 'poster', 'scope', 'headers', 'abbr']);

export function stripWorkingAttributes(root: Element): void {
  eachElement(root, (el) => {
    for (const name of el.getAttributeNames()) {
      if (!KEEP_ATTRS.has(name.toLowerCase())) el.removeAttribute(name);
    }
  });
}
