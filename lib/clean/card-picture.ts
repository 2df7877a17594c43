// A story card's picture left in the story: a card for another story (a linked thumbnail and, beside it, its
// headline linked to the same story) set between two paragraphs. Readability drops the headline line (all link)
// and keeps the thumbnail, whose alt is that headline word for word. Evidence, none of it words: the picture links
// to another page (not to its own file, not to this page), and its description is a block of the page that the
// story does not hold (the card's headline, left out). A story photo's alt repeats its caption, which the story
// keeps, or the story's own headline; neither goes, nor the story's first picture (its lead photo, whose alt is
// often the headline as the page's cards print it).
import type { BlockInfo } from './context';
import type { Verdict } from './decide';
import type { PageBlocks } from '../blocks';
import { fingerprint } from '../fingerprint';
import { bareAddress } from './addresses';
import { firstInside, isPictureFile, tagOf } from '../dom';
import { linkAround, lonePicture } from './lone-picture';

/** A headline's worth of words: a short alt ("Photo", a name) could be any line of the page. */
const HEADLINE_WORDS = 4;

/** The address the picture's link leads to, when it is another page than this one and than the picture itself. */
function linksElsewhere(img: Element, block: Element, pageUrl: string | null | undefined): boolean {
  const link = linkAround(img);
  const href = link && block.contains(link) ? (link.getAttribute('href') ?? '').trim() : '';
  if (!href || href.startsWith('#') || isPictureFile(href)) return false;
  let to: string;
  try { to = new URL(href, pageUrl ?? undefined).href; } catch { return false; }
  return !/^https?:/i.test(to) ? false : !pageUrl || bareAddress(to) !== bareAddress(pageUrl);
}

/** Whether a block of no text is a card's thumbnail: one picture linking elsewhere, described by a headline of the page the story lacks. */
function isCardPicture(b: BlockInfo, page: PageBlocks, storyFps: ReadonlyMap<string, number>, opts: CardOptions): boolean {
  const img = lonePicture(b);
  if (!img) return false;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (alt.split(' ').length < HEADLINE_WORDS || !linksElsewhere(img, b.s.el, opts.url)) return false;
  const fp = fingerprint(alt);
  if (!fp || (opts.title && fingerprint(opts.title) === fp)) return false;
  return (storyFps.get(fp) ?? 0) === 0 && page.hasMoreThan(alt, fp, 0);
}

export interface CardOptions { url?: string | null; title?: string | null }

/** Verdicts with the cards' thumbnails removed as related (a new array; the others unchanged). */
export function cardPictures(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], page: PageBlocks | undefined, opts: CardOptions): (Verdict | null)[] {
  if (!page) return [...verdicts];
  const storyFps = new Map<string, number>();
  for (const b of infos) if (b.s.text) storyFps.set(b.s.fp, (storyFps.get(b.s.fp) ?? 0) + 1);
  const lead = infos.findIndex((b) => !!firstInside(b.s.el, (e) => tagOf(e) === 'IMG'));
  return verdicts.map((v, k) => (v || k <= lead || !isCardPicture(infos[k]!, page, storyFps, opts) ? v
    : { reason: 'related', rule: 'media:card', score: 0, strong: false, evidence: ['a picture linked to another story', 'its description is a headline of the page the story does not hold'] }));
}
