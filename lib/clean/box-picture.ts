// A box's own picture: a bare picture (no text, no caption) in a box whose other blocks all went (a newsletter
// sign-up's graphic beside its pitch, heading and form: The Independent's "Breaking News" image stayed in the reader
// under the lead photo's caption, its box gone). It goes with them. Evidence, without words, from structure alone:
// the smallest box around it that holds other blocks holds nothing the article keeps, and at least BOX_MIN removed
// blocks; it is no photo of the story (none with a caption, and never the article's first picture, the lead photo).
import type { BlockInfo } from './context';
import { gone, inheritedReason, type Verdicts } from './decide';
import { closestTag, hasMedia, ICON_PX } from '../dom';

/** Removed blocks a picture's box must hold for the picture to go with them. */
const BOX_MIN = 2;
const FIGURE = new Set(['FIGURE']);

const captioned = (el: Element) => !!closestTag(el, FIGURE)?.querySelector('figcaption')?.textContent?.trim();
const bare = (b: BlockInfo) => !b.s.text && hasMedia(b.s.el, ICON_PX) && !captioned(b.s.el);

/** The removed block that decides the picture's reason, or null when its box keeps anything or is too small. */
function boxRemoval(infos: BlockInfo[], v: Verdicts, k: number, root: Element): number | null {
  let lo = k, hi = k;
  for (let box = infos[k]!.s.el.parentElement; box && box !== root; box = box.parentElement) {
    while (lo > 0 && box.contains(infos[lo - 1]!.s.el)) lo--;
    while (hi + 1 < infos.length && box.contains(infos[hi + 1]!.s.el)) hi++;
    if (lo === k && hi === k) continue; // the picture's own wrappers
    let removed = 0, first = -1;
    for (let j = lo; j <= hi; j++) {
      if (j === k) continue;
      if (!gone(v, j)) return null;
      removed++;
      if (first < 0) first = j;
    }
    return removed >= BOX_MIN && !box.querySelector('figcaption') ? first : null;
  }
  return null;
}

export function applyBoxPictures(infos: BlockInfo[], v: Verdicts, root: Element): void {
  const lead = infos.findIndex((b) => hasMedia(b.s.el, ICON_PX));
  infos.forEach((b, k) => {
    if (v[k] || k === lead || !bare(b)) return;
    const j = boxRemoval(infos, v, k, root);
    if (j === null) return;
    v[k] = { reason: inheritedReason(v[j]!), rule: 'media:removed-box', score: 0, strong: false, evidence: ['a bare picture in a box whose other blocks were all removed'] };
  });
}
