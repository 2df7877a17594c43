// An advert set as a picture in the story: a banner-shaped picture alone in its block, linked to a page (not to the
// picture itself), whose only description is its own file name (Landesspiegel's `werbung_3.jpg`, alt "werbung_3",
// 1187×335, between the last paragraph and the footer). Three kinds of evidence, none of them words: its shape (a
// strip, as banners are; a photo is rarely three times wider than high), the absence of any description a writer
// gave it, and a link that makes it a button. A story's panorama that links to its full size is none. The class names
// of its box calling it an advert stand in for the missing description (9to5Mac's "Hyper 100W GaN USB-C charger",
// 750×150, linked to a shortened address, in an `ad-disclaimer-container`): a product's name in the alt text is
// what an advert's picture carries too.
import type { BlockInfo } from './context';
import type { Verdicts } from './decide';
import { letters } from '../page/text';
import { isPictureFile } from '../dom';
import { linkAround, lonePicture } from './lone-picture';

/** Width over height of a banner: a photo of the story is rarely this flat. */
const BANNER_RATIO = 3;
/** Narrower pictures are icons and buttons, not banners over the text's width. */
const BANNER_MIN_WIDTH = 300;

/** The file name of a picture's address without its extension and size suffix ("werbung_3-300x85.jpg" → "werbung_3"). */
const fileStem = (src: string) => (src.split(/[?#]/)[0]!.split('/').pop() ?? '').replace(/\.\w+$/, '').replace(/-\d+x\d+$/, '');

/** Whether a block of no text is a banner: one linked picture, strip-shaped, named by its file name only or set in a
 * box whose class names say advert. */
function isBanner(b: BlockInfo): boolean {
  const img = lonePicture(b);
  if (!img) return false;
  const link = linkAround(img);
  if (!link || !b.s.el.contains(link) || isPictureFile(link.getAttribute('href'))) return false;
  const w = Number(img.getAttribute('width')), h = Number(img.getAttribute('height'));
  if (!(w >= BANNER_MIN_WIDTH && h > 0 && w / h >= BANNER_RATIO)) return false;
  if (b.s.hint === 'advert') return true;
  const stem = letters(fileStem(img.getAttribute('src') ?? ''));
  const alt = letters(img.getAttribute('alt') ?? '');
  return !!stem && alt === stem;
}

export function applyBannerPictures(infos: BlockInfo[], v: Verdicts): void {
  infos.forEach((b, k) => {
    if (v[k] || !isBanner(b)) return;
    const named = b.s.hint === 'advert' ? 'the class names of its box say advert' : 'its only description is its file name';
    v[k] = { reason: 'advert', rule: 'media:banner', score: 0, strong: false, evidence: ['a picture shaped like a banner', named, 'it links to a page'] };
  });
}
