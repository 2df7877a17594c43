// Cards of other stories after the story, each an <article> of its own (a page of messages listing six others: a
// thumbnail linked to the other page, its headline link left empty by Readability, an excerpt cut with "…"). Read as
// paragraphs they were more text than the story itself. Evidence of three kinds, in no language's words: a template
// repeated (three <article>s or more side by side, each of a block or two), the links (every card links to another
// page of the site) and the cut (excerpts that end with an ellipsis, as a teaser is cut, in two cards at least). The
// story stands before them, outside their box. A live blog's entries (<article>s too) are not cut, and hold the story.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { bareAddress, siteOf } from './addresses';
import { isProse } from './signals';
import { tagOf } from '../dom';

/** Cards side by side at least, and cards cut with an ellipsis at least. */
const CARDS_MIN = 3;
const CUT_MIN = 2;
/** Blocks of text a card holds at most (its excerpt, a line under it), and an excerpt's length at most. */
const CARD_BLOCKS = 2;
const EXCERPT_MAX = 1000;
/** An excerpt cut short: it ends with an ellipsis, not a full stop. */
const CUT = /(…|\.\.\.)\s*$/;

/** Whether the card links to another page of the site (by any link: its picture, its emptied headline). */
function linksElsewhere(card: Element, host: string, page: string | null | undefined): boolean {
  for (const a of Array.from(card.getElementsByTagName('a'))) {
    try {
      const to = new URL(a.getAttribute('href') ?? '', `https://${host}/`);
      if (/^https?:$/.test(to.protocol) && siteOf(to.hostname) === siteOf(host) && bareAddress(to.href) !== page && to.pathname.length > 1) return true;
    } catch { /* no address */ }
  }
  return false;
}

/** The <article> children of `parent`, when they make a row of story cards; else null. */
function cardRow(parent: Element, texts: ReadonlyMap<Element, BlockInfo[]>, host: string, page: string | null | undefined): Element[] | null {
  const cards = Array.from(parent.children).filter((c) => tagOf(c) === 'ARTICLE');
  if (cards.length < CARDS_MIN) return null;
  let cut = 0;
  for (const c of cards) {
    const own = texts.get(c) ?? [];
    if (own.length > CARD_BLOCKS || own.some((b) => b.s.len > EXCERPT_MAX || b.s.heading) || !linksElsewhere(c, host, page)) return null;
    if (own.some((b) => CUT.test(b.s.text))) cut++;
  }
  return cut >= CUT_MIN ? cards : null;
}

/** The <article> a block stands in, when it is one (the nearest). */
function articleOf(el: Element): Element | null {
  for (let e = el.parentElement; e; e = e.parentElement) if (tagOf(e) === 'ARTICLE') return e;
  return null;
}

/** Whether the article holds a row of <article>s (asked first: cleaning runs cold). */
export const mayHoldStoryCards = (infos: readonly BlockInfo[]): boolean => infos.some((b) => !!b.s.text && CUT.test(b.s.text) && !!articleOf(b.s.el));

/** Verdicts with the blocks of a row of story cards after the story removed (a new array when any is found). */
export function storyCards(infos: readonly BlockInfo[], v: Verdicts, host: string | null, page: string | null | undefined): Verdicts {
  if (!host) return v;
  const texts = new Map<Element, BlockInfo[]>();
  for (const b of infos) { const a = articleOf(b.s.el); if (a && b.s.text) texts.set(a, [...(texts.get(a) ?? []), b]); }
  const parents = new Set<Element>();
  for (const a of texts.keys()) if (a.parentElement) parents.add(a.parentElement);
  let out: Verdicts | null = null;
  for (const parent of parents) {
    const cards = cardRow(parent, texts, host, page);
    if (!cards) continue;
    const first = infos.findIndex((b) => parent.contains(b.s.el));
    // The story before the row, outside it: a paragraph of prose kept.
    if (!infos.slice(0, first).some((b, j) => !v[j] && isProse(b.s))) continue;
    out ??= [...v];
    const why: Verdict = { reason: 'related', rule: 'cards:other-stories', score: 0, strong: true,
      evidence: ['it stands in a row of <article> cards, each linking another page of the site', 'their excerpts are cut with an ellipsis'] };
    infos.forEach((b, j) => { if (!out![j] && cards.some((c) => c.contains(b.s.el))) out![j] = why; });
  }
  return out ?? v;
}
