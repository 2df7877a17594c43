// HTML hygiene of the clean article: take off the attributes the working copy needed (classes for the clean
// stage, ids, inline styles) so that exports and the reader view carry only content; give an image that names its
// picture only in a srcset a src (the reader's sanitiser drops srcset, and an empty src is no picture).
import { eachElement } from './dom';

const KEEP_ATTRS = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir', 'start', 'type', 'reversed', 'controls', 'poster', 'scope', 'headers', 'abbr']);

/** The largest candidate of a srcset ("a.jpg 320w, b.jpg 1280w" → b.jpg; by width or density, else the first). */
export function srcsetBest(srcset: string | null): string | null {
  let best: string | null = null, size = -1;
  for (const part of (srcset ?? '').split(/,\s+|,(?=\S*\s)/)) {
    const [url, d] = part.trim().split(/\s+/);
    if (!url) continue;
    const n = d ? parseFloat(d) : 1;
    if ((Number.isFinite(n) ? n : 1) > size) { best = url; size = Number.isFinite(n) ? n : 1; }
  }
  return best;
}

export function stripWorkingAttributes(root: Element): void {
  eachElement(root, (el) => {
    for (const name of el.getAttributeNames()) {
      if (!KEEP_ATTRS.has(name.toLowerCase())) el.removeAttribute(name);
    }
    if (el.tagName.toUpperCase() === 'IMG' && !el.getAttribute('src')?.trim()) {
      const best = srcsetBest(el.getAttribute('srcset'));
      if (best) el.setAttribute('src', best);
    }
  });
}
