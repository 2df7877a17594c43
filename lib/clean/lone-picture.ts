// A block that is one picture and no text: what a banner advert (banner-picture.ts) and a story card's thumbnail
// (card-picture.ts) left in the story have in common. The clean stage counts a picture with captions (picture
// matter), so such a block has no text of its own.
import type { BlockInfo } from './context';
import { tagOf } from '../dom';

/** The block's one picture when it holds no text and exactly one <img>; else null. */
export function lonePicture(b: BlockInfo): Element | null {
  if (b.s.text) return null;
  const imgs = b.s.el.getElementsByTagName('img');
  return imgs.length === 1 ? imgs[0]! : null;
}

/** The link around a picture (`closest('a[href]')`, as a walk: linkedom parses a selector anew on every call). */
export function linkAround(img: Element): Element | null {
  for (let e: Element | null = img; e; e = e.parentElement) if (tagOf(e) === 'A' && e.hasAttribute('href')) return e;
  return null;
}

/** Whether a block still kept is one picture inside a link: what a card's thumbnail, a banner and a promo box's cover
 * all are. Asked before those rules (cleaning runs cold, and a function compiles whole at its first call). */
export const keptLinkedPicture = (infos: readonly BlockInfo[], v: readonly unknown[]): boolean =>
  infos.some((b, k) => !v[k] && linkedLone(b));

/** The block is one picture with a link around it (inside the block or above it). */
export function linkedLone(b: BlockInfo): boolean {
  const img = lonePicture(b);
  return !!img && !!linkAround(img);
}
