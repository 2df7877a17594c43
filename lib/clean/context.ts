// Context: what a block's neighbours, its box and the rest of the page add to its own signals. Where it stands
// (before the first paragraph of prose, after the last), how many copies of it the article, the page and the site
// hold, and what its box holds (form controls, a payment identifier, prose, links).
import { childCountUpTo, closestTag, FIGURE_TAGS } from '../dom';
import { countLetters, squeezeWords } from '../chars';
import type { PageBlocks } from '../blocks';
import { bareAddress, blockSignals, isProse, siteOf, type BlockSignals, type SiteInfo } from './signals';
import { copyGroups } from './repetition';
import { pulledFrom } from './pull-quote';
import { authorWords } from './author-photo';
import { labelsMedia } from './caption';
import { hintOfWord, newMemo } from './markup';
import T from '../rules/clean-thresholds.json';
import { inDataRow } from './decide';

export interface CleanContext {
  site: SiteInfo;
  /** The page's blocks, taken before extraction: a block the page holds more often than the article is also outside. */
  page?: PageBlocks;
  /** Fingerprints of blocks that recur across the site's articles (site memory, or the other pages of a batch). */
  known?: ReadonlySet<string>;
  /** Of those, the ones the site's own rules removed on another of its articles (stronger than being seen twice). */
  removedElsewhere?: ReadonlySet<string>;
}

export interface BoxStats {
  blocks: number;
  len: number;
  proseLen: number;
  linkedLen: number;
  controls: number;
  identifier: boolean;
}

export interface BlockInfo {
  s: BlockSignals;
  index: number;
  /** 0 at the first block, 1 at the last. */
  position: number;
  beforeProse: boolean;
  afterProse: boolean;
  /** Copies of the block in the article, itself included, and its group (the index of the group's first block). */
  copies: number;
  group: number;
  exact: boolean;
  onPage: boolean;
  siteKnown: boolean;
  /** Removed by the pipeline's own rules on another article of the site (site memory). */
  siteRemoved: boolean;
  /** Its text is (part of) a caption of a picture of the article: a gallery's copy of the caption beside it. */
  copiesCaption: boolean;
  /** The nearby paragraph whose words this block repeats as a pull quote (lib/clean/pull-quote.ts), or -1. */
  pulledFrom: number;
  box: Element | null;
  boxStats: BoxStats | null;
  prev: BlockSignals | null;
  next: BlockSignals | null;
}

const BOX_TAGS = /^(DIV|SECTION|ASIDE|FIGURE|FORM|FOOTER|HEADER|NAV|CENTER|TABLE|UL|OL|DL|DETAILS|BLOCKQUOTE)$/;

/** The nearest ancestor below `root` that is a box of its own, or null when the block stands in the root. */
export function boxOf(el: Element, root: Element): Element | null {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement) {
    if (BOX_TAGS.test(e.tagName.toUpperCase())) {
      if (e.parentElement === root && childCountUpTo(root, 1) === 1) return null; // Readability's page wrapper
      return e;
    }
  }
  return null;
}

/** What the page says about itself: og:site_name and the host's own label, normalised for matching. */
export function siteInfo(siteName: string | null | undefined, url: string | null | undefined, byline?: string | null, about: readonly string[] = []): SiteInfo {
  const names: string[] = [];
  const squeeze = (s: string) => squeezeWords(s.normalize('NFKC').toLowerCase());
  if (siteName) { const n = squeeze(siteName); if (n.length >= 4 && n.length <= 40) names.push(n); }
  let host: string | null = null;
  try { if (url) host = new URL(url).hostname.toLowerCase(); } catch { /* no usable URL */ }
  if (host) {
    const label = siteOf(host).split('.')[0]!;
    if (label.length >= 4 && !names.includes(label)) names.push(label);
  }
  return { names, host, page: url ? bareAddress(url) : null, author: authorWords(byline), about };
}

function boxStats(infos: BlockInfo[]): void {
  const stats = new Map<Element, BoxStats>();
  for (const i of infos) {
    if (!i.box) continue;
    let b = stats.get(i.box);
    if (!b) {
      b = { blocks: 0, len: 0, proseLen: 0, linkedLen: 0, controls: 0, identifier: false };
      for (const t of ['input', 'button', 'select', 'textarea']) b.controls += i.box.getElementsByTagName(t).length;
      stats.set(i.box, b);
    }
    b.blocks++;
    b.len += i.s.len;
    if (isProse(i.s)) b.proseLen += i.s.len;
    b.linkedLen += i.s.len * i.s.linkDensity;
    if (i.s.payment.identifier) b.identifier = true;
  }
  for (const i of infos) i.boxStats = i.box ? stats.get(i.box) ?? null : null;
}

/**
 * Copies that are fields of a repeated template or of one list, not a repeated box, are no copies: each stands in a box of its own
 * beside a block that no other of those boxes holds (a buying guide's spec lists: "Temp rating: 15°F" under two
 * bags, each list with another comfort rating). A repeated appeal repeats its whole box.
 */
function splitTemplateFields(infos: BlockInfo[], counted: boolean[]): void {
  const members = new Map<number, number[]>();
  for (const b of infos) if (b.copies > 1) { const g = members.get(b.group); if (g) g.push(b.index); else members.set(b.group, [b.index]); }
  if (!members.size) return;
  const byBox = new Map<Element, Set<number>>();
  // Only blocks that could have copies tell boxes apart ("Donate" is too short to be compared).
  for (const b of infos) if (b.box && counted[b.index]) { const g = byBox.get(b.box); if (g) g.add(b.group); else byBox.set(b.box, new Set([b.group])); }
  for (const ks of members.values()) {
    const boxes = ks.map((k) => infos[k]!.box);
    if (boxes.some((b) => !b)) continue;
    // Near (not exact) copies side by side in one box are two fields of a list ("Temp rating: 45°F / 7°C",
    // "Comfort rating: 45°F / 7°C").
    const fieldsOfOne = new Set(boxes).size === 1 && ks.some((k) => !infos[k]!.exact);
    const held = boxes.map((b) => byBox.get(b!)!);
    const template = new Set(boxes).size === boxes.length && held.every((own, i) => [...own].some((g) => held.every((other, j) => j === i || !other.has(g))));
    if (!fieldsOfOne && !template) continue;
    for (const k of ks) Object.assign(infos[k]!, { copies: 1, group: k, exact: true });
  }
}

/** Whether `enough` of the words hold a letter (stops there: a paragraph has hundreds of words). */
function wordsWithLetters(words: string[], enough: number): boolean {
  let n = 0;
  for (const w of words) if (countLetters(w, 1) > 0 && ++n >= enough) return true;
  return false;
}

/** The class words of a block (its own and its boxes') that give the hint it carries ("paywall", "share-bar"). */
const hintWords = (s: BlockSignals): string[] => (s.hint ? [...s.ownWords, ...s.boxWords].filter((w) => hintOfWord(w) === s.hint) : []);

/**
 * A class name the story's own prose wears is no evidence against a block: a site that marks every paragraph of a
 * story `paywall` (the part a paywall would gate) marks its headings, lists and product names the same way. Where
 * the prose hinted by a class word is at least `storyHintShare` of all prose, a block whose hint rests on such words
 * only loses it (the article's boxes, not a site's name, decide).
 */
function dropStoryHints(sigs: BlockSignals[]): void {
  const byWord = new Map<string, number>();
  let prose = 0;
  for (const s of sigs) {
    if (!isProse(s)) continue;
    prose += s.len;
    for (const w of new Set(hintWords(s))) byWord.set(w, (byWord.get(w) ?? 0) + s.len);
  }
  const story = new Set([...byWord].filter(([, n]) => n >= prose * T.storyHintShare).map(([w]) => w));
  if (!story.size) return;
  for (const s of sigs) if (s.hint && hintWords(s).every((w) => story.has(w))) s.hint = null;
}

/** Shortest caption text a copy is matched on, and longest block taken for a copy (captions are short). */
const CAPTION_COPY_MIN = 20;
const CAPTION_COPY_MAX = 300;

/** Share of a caption a copy holds at least: the caption less its credit, not a phrase the caption also uses (a
 * story's line "2018 … Series Performance" that every photo's caption starts with). */
const CAPTION_COPY_SHARE = 0.5;

const FIGURE = new Set(['FIGURE']);

/** A block outside the figures that repeats a caption of one, or its first part (the credit left off). */
function copiesCaption(s: BlockSignals, captions: string[]): boolean {
  if (s.caption || s.heading || s.quoted || s.norm.length < CAPTION_COPY_MIN || s.len > CAPTION_COPY_MAX || closestTag(s.el, FIGURE)) return false;
  return captions.some((c) => c.includes(s.norm) && s.norm.length >= c.length * CAPTION_COPY_SHARE);
}

/** The blocks' signals and context, in document order. */
export function blockInfos(blocks: Array<{ el: Element; text: string }>, root: Element, ctx: CleanContext): BlockInfo[] {
  const memo = newMemo();
  const sigs = blocks.map((b) => blockSignals(b.el, ctx.site, root, b.text, memo));
  dropStoryHints(sigs);
  // A label that introduces a picture or a video goes with its caption (lib/clean/caption.ts).
  sigs.forEach((s, k) => { if (!s.caption && labelsMedia(s.el, s.text, sigs[k + 1] ?? null)) s.caption = true; });
  const n = sigs.length;
  let first = -1, last = -1;
  sigs.forEach((s, k) => { if (isProse(s)) { if (first < 0) first = k; last = k; } });
  // Copies count for blocks of some words outside data tables, code and captions (a lone "1" repeats in any table).
  const counts = (s: BlockSignals) => wordsWithLetters(s.words, 2) && s.text.length >= 12 && !s.caption && s.tag !== 'pre' && !(s.tableCell && inDataRow(s.el));
  const counted = sigs.map(counts);
  const rep = copyGroups(sigs.map((s, k) => (counted[k] ? s : { words: [], fp: s.fp })));
  const inArticle = new Map<string, number>();
  for (const s of sigs) inArticle.set(s.fp, (inArticle.get(s.fp) ?? 0) + 1);
  // Captions of pictures (in a <figure>): a block elsewhere that repeats one is its copy.
  const captions = sigs.filter((s) => s.caption && s.norm.length >= CAPTION_COPY_MIN && closestTag(s.el, FIGURE_TAGS)).map((s) => s.norm);
  const pulled = pulledFrom(sigs);
  const infos: BlockInfo[] = sigs.map((s, k) => ({
    s, index: k, position: n > 1 ? k / (n - 1) : 0,
    beforeProse: first >= 0 && k < first, afterProse: last >= 0 && k > last,
    copies: rep.size[k]!, group: rep.group[k]!, exact: rep.exact[k]!,
    onPage: !!ctx.page && s.words.length >= 2 && s.len >= 12 && ctx.page.hasMoreThan(s.text, s.fp, inArticle.get(s.fp) ?? 0),
    siteKnown: !!ctx.known?.has(s.fp) && s.len >= 8,
    siteRemoved: !!ctx.removedElsewhere?.has(s.fp) && s.len >= 8,
    copiesCaption: captions.length > 0 && copiesCaption(s, captions), pulledFrom: pulled[k]!,
    box: boxOf(s.el, root), boxStats: null,
    prev: sigs[k - 1] ?? null, next: sigs[k + 1] ?? null,
  }));
  boxStats(infos);
  // Gated here, not inside: a function runs compiled whole, and most pages have no copies (cleaning runs cold).
  if (infos.some((b) => b.copies > 1)) splitTemplateFields(infos, counted);
  return infos;
}
