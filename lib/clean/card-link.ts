// A story card's headline set as text, its link laid over the whole card: an empty <a> (no words, no picture) that
// leads to another page and names it in its aria-label or title, the headline's own words ("stretched link" cards).
// Readability keeps the headline, a line without a link, and the reader showed another story's headline at the
// foot of this one. Evidence, none of it words: the link says the line's words exactly, shows nothing itself, and
// leads away from this page; the line is in the same card (the link's box holds it).
import type { BlockInfo } from './context';
import type { Verdict } from './decide';
import { normalizeBlockText } from '../fingerprint';
import { bareAddress } from './addresses';

/** A card's box is a few levels above its link at most. */
const CARD_LEVELS = 3;
/** A headline is this long at most (in words). */
const HEADLINE_WORDS = 24;

/** Whether `a` is a link over a card: no text and no picture of its own, leading to another page than `pageUrl`. */
function coverLink(a: Element, pageUrl: string | null | undefined): boolean {
  if ((a.textContent ?? '').trim() || a.getElementsByTagName('img').length) return false;
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href || href.startsWith('#')) return false;
  try { return !pageUrl || bareAddress(new URL(href, pageUrl).href) !== bareAddress(pageUrl); } catch { return false; }
}

/** The cover links of the body by the text they name (one pass: a card is looked for only where a name matches). */
function coverLinks(body: Element, pageUrl: string | null | undefined): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  for (const a of Array.from(body.getElementsByTagName('a'))) {
    const name = a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '';
    const norm = name ? normalizeBlockText(name) : '';
    if (norm && coverLink(a, pageUrl)) out.set(norm, [...(out.get(norm) ?? []), a]);
  }
  return out;
}

/** Whether the block is the headline a cover link in its card names. */
function namedByCoverLink(b: BlockInfo, covers: ReadonlyMap<string, Element[]>): boolean {
  if (b.s.links || !b.s.text || b.s.words.length > HEADLINE_WORDS) return false;
  const links = covers.get(normalizeBlockText(b.s.text));
  if (!links) return false;
  let box: Element | null = b.s.el;
  for (let level = 0; box && level < CARD_LEVELS; level++) {
    box = box.parentElement;
    if (box && links.some((a) => box!.contains(a))) return true;
  }
  return false;
}

/** Verdicts with cards' headlines removed as related (a new array; the others unchanged). The story's own headline,
 * named by a share link, is never a line here: the title leaves the body first, and a link to this page is no cover. */
export function cardLinks(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], pageUrl: string | null | undefined, body: Element): (Verdict | null)[] {
  const covers = coverLinks(body, pageUrl);
  return covers.size ? coveredLines(infos, verdicts, covers) : [...verdicts];
}

/** cardLinks' pass where the body has cover links (apart: a page without any, most, never compiles it). */
function coveredLines(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], covers: ReadonlyMap<string, Element[]>): (Verdict | null)[] {
  return verdicts.map((v, k): Verdict | null => (v || !namedByCoverLink(infos[k]!, covers) ? v
    : { reason: 'related', rule: 'links:card-cover', score: 0, strong: false, evidence: ['another story\'s headline: the link laid over its card names it and leads there'] }));
}
