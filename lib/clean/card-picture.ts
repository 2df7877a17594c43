// A story card's picture left in the story: a card for another story (a linked thumbnail and, beside it, its
// headline linked to the same story) set between two paragraphs. Readability drops the headline line (all link)
// and keeps the thumbnail, whose alt is that headline word for word. Evidence, none of it words: the picture links
// to another page (not to its own file, not to this page), and its description is a block of the page that the
// story does not hold (the card's headline, left out). A story photo's alt repeats its caption, which the story
// keeps, or the story's own headline; neither goes, nor the story's first picture (its lead photo, whose alt is
// often the headline as the page's cards print it). A thumbnail whose alt describes the photo instead goes when it
// links to the very story a link removed as related from this story leads to: the same card, its headline gone.
import type { BlockInfo } from './context';
import type { Verdict } from './decide';
import type { PageBlocks } from '../blocks';
import { fingerprint } from '../fingerprint';
import { bareAddress } from './addresses';
import { firstInside, isPictureFile, tagOf } from '../dom';
import { linkAround, lonePicture } from './lone-picture';

/** A headline's worth of words: a short alt ("Photo", a name) could be any line of the page. */
const HEADLINE_WORDS = 4;

/** A link's address, bare (null when it is none: a place on the page, not http). */
function bareHref(link: Element, pageUrl: string | null | undefined): string | null {
  const href = (link.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#')) return null;
  try { const to = new URL(href, pageUrl ?? undefined).href; return /^https?:/i.test(to) ? bareAddress(to) : null; } catch { return null; }
}

/** The bare address the picture's link leads to, when it is another page than this one and than the picture itself. */
function linksElsewhere(img: Element, block: Element, pageUrl: string | null | undefined): string | null {
  const link = linkAround(img);
  if (!link || !block.contains(link) || isPictureFile((link.getAttribute('href') ?? '').trim())) return null;
  const to = bareHref(link, pageUrl);
  return to && (!pageUrl || to !== bareAddress(pageUrl)) ? to : null;
}

/** The addresses the links removed from this story as related lead to. */
function relatedAddresses(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], pageUrl: string | null | undefined): Set<string> {
  const out = new Set<string>();
  infos.forEach((b, k) => {
    if (verdicts[k]?.reason !== 'related' || !b.s.links) return;
    for (const a of Array.from(b.s.el.getElementsByTagName('a'))) { const to = bareHref(a, pageUrl); if (to) out.add(to); }
  });
  return out;
}

/** Whether a block of no text is a card's thumbnail: one picture linking elsewhere, described by a headline of the page the story lacks. */
function isCardPicture(b: BlockInfo, page: PageBlocks | undefined, storyFps: ReadonlyMap<string, number>, opts: CardOptions, related: ReadonlySet<string>): boolean {
  const img = lonePicture(b);
  const to = img && linksElsewhere(img, b.s.el, opts.url);
  if (!to) return false;
  if (related.has(to)) return true;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (!page || alt.split(' ').length < HEADLINE_WORDS) return false;
  const fp = fingerprint(alt);
  if (!fp || (opts.title && fingerprint(opts.title) === fp)) return false;
  return (storyFps.get(fp) ?? 0) === 0 && page.hasMoreThan(alt, fp, 0);
}

export interface CardOptions { url?: string | null; title?: string | null }

/** Verdicts with the cards' thumbnails removed as related (a new array; the others unchanged). */
export function cardPictures(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], page: PageBlocks | undefined, opts: CardOptions): (Verdict | null)[] {
  const related = relatedAddresses(infos, verdicts, opts.url);
  if (!page && !related.size) return [...verdicts];
  const storyFps = new Map<string, number>();
  for (const b of infos) if (b.s.text) storyFps.set(b.s.fp, (storyFps.get(b.s.fp) ?? 0) + 1);
  const lead = infos.findIndex((b) => !!firstInside(b.s.el, (e) => tagOf(e) === 'IMG'));
  const out = verdicts.map((v, k): Verdict | null => (v || k <= lead || !isCardPicture(infos[k]!, page, storyFps, opts, related) ? v
    : { reason: 'related', rule: 'media:card', score: 0, strong: false, evidence: ['a picture linked to another story', 'its description is a headline of the page the story does not hold, or a related link removed leads to the same story'] }));
  return out.map((v, k): Verdict | null => (v || !out[k - 1] || out[k - 1]!.rule !== 'media:card' || !isCardCredit(infos[k - 1]!, infos[k]!) ? v
    : { reason: 'related', rule: 'media:card-credit', score: 0, strong: false, evidence: ['the last line of a story card whose picture was removed, in its box'] }));
}

/** A picture's credit ("imago images/Pemax") has a few words at most. */
const CREDIT_WORDS = 6;

/** Whether `b` is the card's credit: a short line with no link right after its picture, the last in their box. */
function isCardCredit(picture: BlockInfo, b: BlockInfo): boolean {
  const el = b.s.el;
  if (b.s.links || !b.s.text || b.s.words.length > CREDIT_WORDS || picture.s.el.nextElementSibling !== el) return false;
  for (let e = el.nextElementSibling; e; e = e.nextElementSibling) if ((e.textContent ?? '').trim() || firstInside(e, (x) => tagOf(x) === 'IMG')) return false;
  return true;
}
