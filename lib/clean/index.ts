// Clean: remove what Readability leaves in (appeals, payment lines, duplicated blocks, share bars, counters…),
// recording every removal with its reason and its evidence so that it can be shown and undone. One scored decision
// per block (lib/clean/decide.ts, on the classifier of lib/clean/classifier.ts), then per copy group and per box
// (lib/clean/layout.ts). Never keeps much less than it was given: when the decisions would leave less than
// KEEP_SHARE of the text, only the strong ones stand (and none, if even they would).
import { segmentBlocks, blocksToText, type Block, type PageBlocks } from '../blocks';
import { normalizeBlockText } from '../fingerprint';
import { closestTag, FIGURE_TAGS, firstInside, hasMedia, tagOf } from '../dom';
import { showsPicture } from '../pictures';
import { blankStandIns } from '../tracker-image';

import { oneLine } from '../chars';
import type { Removal, RemovalReason } from '../types';
import { blockInfos, siteInfo, type BlockInfo } from './context';
import { blockFeatures, structuralFeatures } from './features';
import { lazyScore, score, type Model } from './classifier';
import { CREDIT_RULE, type Verdict } from './decide';
import { decideAll } from './layout';
import { isProse, type SiteInfo } from './signals';
import T from '../rules/clean-thresholds.json';
import { afterInnerKicker, HEADLINE_ATTR, headlineInBody, isKicker, sameStory } from '../kicker';
import { liftStandfirst } from '../standfirst';
import { headerCopies } from './header-copy';
import { hasConfidentRelated, siblingTeasers } from './sibling-teasers';
import { hasLateDateLine, playerPrint } from './player-print';
import { mayHoldPlayerBox, playerBoxes } from './player-box';
import { mayHoldStoryIndex, storyIndexes } from './story-index';
import { cardPictures } from './card-picture';
import { cardLinks } from './card-link';
import { authorCards } from './author-card';
import { authorLines } from './author-line';
import { markupLines, mayHoldMarkup } from './markup-source';
import { housePromos } from './house-promo';
import { mayHoldPromoBox, promoBoxes } from './promo-box';
import { editionLinks } from './edition-link';
import { mayHoldStoryCards, storyCards } from './story-cards';
import { mayHoldTags, tagLists } from './tag-list';
import { siteNotices } from './site-notice';
import { hasCampaignItems, listRests } from './list-rest';
import { mayHoldTipLine, tipLines } from './tip-line';
import { mayHoldOwnerNote, ownerNotes, pageOwners } from './owner-note';
import { pageActions } from './page-action';
import { footHeadings } from './foot-headings';
import { footLabels } from './foot-labels';
import { bareAddress } from './addresses';
import { keptLinkedPicture } from './lone-picture';
import { boxRests, mayHoldBoxRest } from './box-rest';
import { headlineBoxes, mayHoldHeadlineBox } from './headline-box';
import { commentNotes, mayHoldCommentNote } from './comment-note';
import { boxLabels, mayHoldBoxLabel } from './box-label';
import { mayHoldRemovedCopy, removedCopies } from './removed-copy';
import { applyLeftoverLabels, mayHaveLeftoverLabels } from './leftover-labels';
import { keepDayHeadings } from './day-heading';

export { classifyBlock, pageContext, type BlockClassification, type PageContext } from './classify';
export { siteInfo } from './context';
export type { Verdict } from './decide';
export { decideAll } from './layout';

export interface CleanOptions {
  /** The page's blocks, taken before extraction: a block seen more often on the page than in the article also
   * stands outside it (a sidebar widget, a footer box). */
  page?: PageBlocks;
  /** Fingerprints of blocks that recur across the site's articles (site memory; the other pages of a CLI batch). */
  knownFingerprints?: ReadonlySet<string>;
  /** Of those, the blocks the site's own rules removed on another of its articles (site memory). */
  removedFingerprints?: ReadonlySet<string>;
  /** The article's title: a leading heading that repeats it is not body text. */
  title?: string | null;
  /** The site's name (og:site_name) and the page's address: a block that names the site speaks for it. */
  siteName?: string | null;
  /** The article's byline: a picture named for its author is the author's portrait. */
  byline?: string | null;
  /** The article's date (its metadata's) and language: a date line at the top that gives that day is the header's. */
  published?: string | null;
  /** The story's update (lib/updated-date.ts): a date line of that day at the top is the header's too. */
  updated?: string | null;
  lang?: string | null;
  /** The page metadata's descriptions of its authors (lib/clean/author-bio.ts): a block repeating one is their note. */
  authorAbout?: readonly string[];
  url?: string | null;
  /** The address the page declares its own (its canonical link or og:url), whole: a copy served elsewhere (a mirror,
   * a test server) still links its own address. */
  declaredUrl?: string | null;
  /** Reasons the user keeps (switched off in the options): blocks found only for these reasons stay. */
  keep?: ReadonlySet<RemovalReason>;
  /** Another model than the shipped one (held-out evaluation). */
  model?: Model;
}

export interface Cleaned {
  removed: Removal[];
  /** Article text after cleaning: blocks separated by a blank line (captions, bylines and dates left out). */
  text: string;
  /** The body element, boilerplate removed (same element as given, changed in place). */
  body: Element;
  /** True when the decisions would have left too little and only the strong ones were applied. */
  fellBack: boolean;
  /** Credit lines taken out of the text at the story's foot ("With files from …"): the analysis reads them, so that
   * the press they name is known as press. */
  credits: string[];
  /** `text` with the captions of its pictures in their places, when it has any (the text export reads it). */
  withCaptions?: string;
  /** Date lines in the story's first half ("Published 11:34 PM EST Nov 19, 2019"): its date, when the page's
   * metadata gives none (lib/dateline.ts). */
  datelines: string[];
}

/** A dateline has at most this many words ("Published 11:34 PM EST Nov 19, 2019"). */
const DATELINE_WORDS = 8;
/** A paragraph this long ends the lead where a repeated headline is looked for. */
const LEAD_PARAGRAPH = 160;

/**
 * A leading heading (or short line) that repeats the title: the headline again, not body text. One in the first
 * four blocks goes at once; a heading further on, before the first long paragraph (a page that prints a flash
 * label, its address and a picture before its headline), goes after the decisions, so that it still ends the
 * section of a heading above it ("BREAKING NEWS" over nothing but removed lines).
 */
function repeatedTitle(blocks: Block[], title: string | null | undefined): { now: Block | null; later: Block | null } {
  const none = { now: null, later: null };
  if (!title || !blocks.length) return none;
  const t = normalizeBlockText(title);
  const end = blocks.findIndex((b) => b.text.length >= LEAD_PARAGRAPH);
  // The page's headline is its block whole, a kicker set inside it too ("European Payments Initiative Statt …"),
  // marked as the page's <h1> or not (a page that sets its headline as an <h3>, its label in a <span> before it).
  const same = (b: Block) => normalizeBlockText(b.text) === t || normalizeBlockText(b.el.getAttribute(HEADLINE_ATTR) ?? '') === t
    || (/^h\d$/.test(b.tag) && normalizeBlockText(afterInnerKicker(b.el) ?? '') === t);
  const k = blocks.slice(0, Math.max(4, end)).findIndex((b, k) => (/^h\d$/.test(b.tag) || (k < 4 && !b.el.getElementsByTagName('a').length)) && same(b));
  if (k >= 0) return k < 4 ? { now: blocks[k]!, later: null } : { now: null, later: blocks[k]! };
  return { now: titleKicker(blocks, title), later: null };
}

/** Lines of text at the top where the title's kicker may stand (after a lead photo's credit, say). */
const KICKER_AT = 2;

/**
 * The title's kicker alone at the top ("Nach Gaetz-Rückzug" over "Trump-Anwältin soll …", titled "Nach
 * Gaetz-Rückzug: Trump-Anwältin soll …"): the headline's first part, not a line of the story. Position and the
 * title's own colon are the evidence; no words.
 */
function titleKicker(blocks: Block[], title: string): Block | null {
  const colon = title.indexOf(': ');
  if (colon < 1) return null;
  const head = normalizeBlockText(title.slice(0, colon));
  return blocks.filter((b) => b.text).slice(0, KICKER_AT).find((b) => !b.el.getElementsByTagName('a').length && normalizeBlockText(b.text) === head) ?? null;
}

/** Verdicts that leave at least KEEP_SHARE of the text; else the strong ones only; else none. */
function guard(infos: BlockInfo[], v: (Verdict | null)[]): { v: (Verdict | null)[]; fellBack: boolean } {
  const total = infos.reduce((n, b) => n + (b.s.caption ? 0 : b.s.len), 0);
  const kept = (w: (Verdict | null)[]) => infos.reduce((n, b, k) => n + (w[k] || b.s.caption ? 0 : b.s.len), 0);
  const proseLost = (w: (Verdict | null)[]) => infos.some((b, k) => w[k] && !w[k]!.strong && isProse(b.s));
  if (!total || kept(v) >= total * T.keepShare || !proseLost(v)) return { v, fellBack: false };
  return fallBack(v, kept, total);
}

/** The guard's fall-back, apart so that a page which keeps its share (most) never compiles it: the strong removals
 * alone, or only the small print kept as meta when even those would take too much. */
function fallBack(v: (Verdict | null)[], kept: (w: (Verdict | null)[]) => number, total: number): { v: (Verdict | null)[]; fellBack: boolean } {
  const strong = v.map((x) => (x?.strong || x?.meta ? x : null));
  if (kept(strong) >= total * T.keepShare) return { v: strong, fellBack: true };
  return { v: v.map((x) => (x?.meta ? x : null)), fellBack: true };
}

/** Decisions that read a block's neighbours, the story's end or the page after each block has its own verdict. */
function neighbourPasses(infos: BlockInfo[], first: (Verdict | null)[], opts: CleanOptions, site: SiteInfo, body: Element): (Verdict | null)[] {
  // A line set like a related link removed from this story is one too (lib/clean/sibling-teasers.ts).
  let verdicts = hasConfidentRelated(first) ? siblingTeasers(infos, first) : first;
  // A video card's age and length inside the story (lib/clean/player-print.ts).
  if (hasLateDateLine(infos, verdicts)) verdicts = playerPrint(infos, verdicts);
  // A video player's box in the story: the title of the clip it plays and its length (lib/clean/player-box.ts).
  if (mayHoldPlayerBox(infos)) verdicts = playerBoxes(infos, verdicts, body);
  // A story's own index: a list whose items are the titles of its entries further down (lib/clean/story-index.ts).
  if (mayHoldStoryIndex(infos, verdicts)) verdicts = storyIndexes(infos, verdicts);
  // A story card's headline, its link an empty one laid over the card (lib/clean/card-link.ts).
  verdicts = cardLinks(infos, verdicts, opts.url, body);
  // A story card's thumbnail whose headline Readability left out (lib/clean/card-picture.ts).
  if (keptLinkedPicture(infos, verdicts)) verdicts = cardPictures(infos, verdicts, opts.page, { url: opts.url, title: opts.title });
  // An author's card after the story's end: an avatar named for the byline, and its notes (lib/clean/author-card.ts).
  verdicts = authorCards(infos, verdicts, opts.byline);
  // The author's line at the story's foot, naming them and the site (lib/clean/author-line.ts).
  verdicts = authorLines(infos, verdicts, site.author);
  // The site's promotion in a box after the story, its call tagged for a campaign (lib/clean/house-promo.ts).
  verdicts = housePromos(infos, verdicts, site.host);
  // A row of links filing the story under the site's tags (lib/clean/tag-list.ts).
  if (mayHoldTags(infos, verdicts)) verdicts = tagLists(infos, verdicts, site.host, site.author);
  // The site's copyright notice after the story (lib/clean/site-notice.ts).
  verdicts = siteNotices(infos, verdicts, site.names.length > 0);
  // A run of label lines closing the story ("出品︱…", "作者︱…"): its credits, small print (lib/clean/foot-labels.ts).
  verdicts = footLabels(infos, verdicts);
  // Titles of boxes the page fills by script, left alone at the story's foot over nothing (lib/clean/foot-headings.ts).
  verdicts = footHeadings(infos, verdicts, opts.byline ?? '');
  // The last item of a list of the site's promoted links (lib/clean/list-rest.ts).
  if (hasCampaignItems(infos, verdicts, site.host)) verdicts = listRests(infos, verdicts, site.host);
  // The site's tip line set apart amid the story (lib/clean/tip-line.ts).
  if (mayHoldTipLine(infos, verdicts)) verdicts = tipLines(infos, verdicts, site.host);
  // The site owner's note after the story, the owner named by the page's copyright notice (lib/clean/owner-note.ts).
  if (mayHoldOwnerNote(infos, verdicts)) verdicts = ownerNotes(infos, verdicts, () => pageOwners(opts.page, site));
  // A line after the story whose link sends this page's address to a form: an error report (lib/clean/page-action.ts).
  verdicts = pageActions(infos, verdicts, [site.page, opts.declaredUrl && bareAddress(opts.declaredUrl)]);
  // A row of cards of other stories after the story, each an <article>, excerpts cut (lib/clean/story-cards.ts).
  if (mayHoldStoryCards(infos)) verdicts = storyCards(infos, verdicts, site.host, site.page);
  // A translated story's closing line to its original on the site's other edition (lib/clean/edition-link.ts).
  verdicts = editionLinks(infos, verdicts, site.host);
  // The site's label over a linked picture amid the story (lib/clean/promo-box.ts).
  if (mayHoldPromoBox(infos, verdicts)) verdicts = promoBoxes(infos, verdicts, body);
  // The label and note left of an inset box amid the story whose onward link went (lib/clean/box-rest.ts).
  if (mayHoldBoxRest(infos, verdicts)) verdicts = boxRests(infos, verdicts);
  // The kept lines of a half-removed box of headlines repeated elsewhere on the page (lib/clean/headline-box.ts).
  if (mayHoldHeadlineBox(infos, verdicts)) verdicts = headlineBoxes(infos, verdicts, opts.title);
  // The comment box's rules line after the story, set right before the thread (lib/clean/comment-note.ts).
  if (mayHoldCommentNote(infos, verdicts)) verdicts = commentNotes(infos, verdicts);
  // The title of a box removed whole after the story, left heading nothing (lib/clean/box-label.ts).
  if (mayHoldBoxLabel(infos, verdicts)) verdicts = boxLabels(infos, verdicts);
  // A line that is HTML tag source, written as text by the page's own script (lib/clean/markup-source.ts).
  if (mayHoldMarkup(infos)) verdicts = markupLines(infos, verdicts);
  // A short line kept while its copy went, its box's class names saying the same (lib/clean/removed-copy.ts).
  return mayHoldRemovedCopy(infos, verdicts) ? removedCopies(infos, verdicts) : verdicts;
}

/** Cleans the extracted `body` in place: each block's verdict, the removed ones out (each listed with its reason),
 * bylines and credits kept as small print, and the article's text from the blocks that stay. */
export function cleanArticle(body: Element, opts: CleanOptions = {}): Cleaned {
  const { blocks, later } = storyBlocks(body, opts);
  const ctx = { site: siteInfo(opts.siteName, opts.url, opts.byline, opts.authorAbout), page: opts.page, known: opts.knownFingerprints, removedElsewhere: opts.removedFingerprints };
  const infos = blockInfos(blocks, body, ctx);
  const { verdicts, fellBack } = finalVerdicts(infos, body, opts, ctx.site, later);
  const removed = removalsOf(infos, verdicts);
  removeBlocks(infos, verdicts, body);
  const copies = markSmallPrint(infos, verdicts, opts);
  // Captions, bylines and dates stay in the HTML (beside their pictures, under the headline) but are not body text.
  const kept = infos.filter((b, k) => !verdicts[k] && !b.s.caption && !copies.has(k)).map((b) => b.s);
  const credits = infos.filter((b, k) => verdicts[k]?.rule === CREDIT_RULE).map((b) => oneLine(b.s.text));
  // A dateline is a line of a few words, not a caption ("… leaves PortMiami, on Aug. 31, 2019. (AP)": the photo's day).
  // The header's copy goes from the body but may be where its date is printed ("Do 25.04.24 | 14:07 Uhr | Von …").
  const datelines = infos.filter((b, k) => copies.has(k) || (b.s.shape === 'date' && b.position <= 0.5 && !b.s.caption && b.s.words.length <= DATELINE_WORDS)).map((b) => oneLine(b.s.text));
  const text = blocksToText(kept.map((s) => ({ el: s.el, tag: s.tag, text: s.text })));
  const withCaptions = captionedText(infos, verdicts, copies);
  liftStandfirst(body);
  if (copies.size) dropCopies(infos, copies, body);
  return { removed, text, body, fellBack, credits, datelines, ...(withCaptions ? { withCaptions } : {}) };
}

/** The body's blocks less the headline repeated at their top and the label over it: both go silently, as the reader's
 * header shows them. `later` is the headline repeated further down, which goes once the verdicts are in. */
function storyBlocks(body: Element, opts: CleanOptions): { blocks: Block[]; later: Block | null } {
  let blocks = segmentBlocks(body);
  let title = repeatedTitle(blocks, opts.title);
  // The page's visible headline in other words than the metadata's title, left at the top (lib/kicker.ts).
  const shown = title.now || title.later ? null : headlineInBody(body);
  if (shown && sameStory(shown, opts.title)) title = repeatedTitle(blocks, shown);
  if (title.now) blocks = without(blocks, title.now);
  // The label over the headline (lib/kicker.ts) goes with the headline, silently, like it.
  const kicker = blocks.filter((b) => b.text).slice(0, KICKER_AT).find((b) => isKicker(b.el, b.text));
  if (kicker) blocks = without(blocks, kicker);
  return { blocks, later: title.later };
}

/** Every block's verdict: its own and its neighbours', the host's kept reasons undone, the guard on what stays, and
 * the steps that need the removals known. The later copy of the headline leaves `infos` here (silently). */
function finalVerdicts(infos: BlockInfo[], body: Element, opts: CleanOptions, site: SiteInfo, later: Block | null): { verdicts: (Verdict | null)[]; fellBack: boolean } {
  // Scored when a decision reads the score: a paragraph of prose without structural evidence is kept without it.
  const scores = infos.map((b) => lazyScore(() => score(blockFeatures(b), opts.model), () => score(structuralFeatures(b), opts.model)));
  let verdicts = neighbourPasses(infos, decideAll(infos, scores, body), opts, site, body);
  if (opts.keep?.size) verdicts = keptReasons(verdicts, opts.keep);
  const g = guard(infos, verdicts);
  verdicts = g.v;
  // Datelines and bylines alone (a video's page: its date and length) stay the text rather than leave none: an
  // article without text is no article to any host.
  if (infos.every((b, k) => verdicts[k] || b.s.caption)) verdicts = bylinesKept(verdicts);
  const at = later ? infos.findIndex((b) => b.s.el === later.el) : -1;
  if (at >= 0) { infos[at]!.s.el.remove(); infos.splice(at, 1); verdicts.splice(at, 1); }
  if (mayHaveLeftoverLabels(infos)) applyLeftoverLabels(infos, verdicts); // once the removals are known (leftover-labels.ts)
  keepDayHeadings(infos, verdicts);
  return { verdicts, fellBack: g.fellBack };
}

/** Takes the removed blocks out of the body (small print kept as meta stays), then the boxes and list items they
 * leave empty. */
function removeBlocks(infos: BlockInfo[], verdicts: ReadonlyArray<Verdict | null>, body: Element): void {
  const parents = new Set<Element>();
  infos.forEach((b, k) => {
    if (!verdicts[k] || verdicts[k]!.meta) return;
    if (b.s.el.parentElement) parents.add(b.s.el.parentElement);
    b.s.el.remove();
  });
  pruneEmptied(parents, body);
  dropEmptyItems(body);
}

/** Sets the bylines, dates and credits kept as meta, and captions set apart from a figure, as small print; returns
 * the blocks that copy the header's byline and date (they leave the body at the end). */
function markSmallPrint(infos: BlockInfo[], verdicts: ReadonlyArray<Verdict | null>, opts: CleanOptions): Set<number> {
  // The header's byline and date again at the top go (lib/clean/header-copy.ts); other bylines are small print.
  const copies = headerCopies(infos, verdicts, { byline: opts.byline, published: opts.published, updated: opts.updated, lang: opts.lang });
  infos.forEach((b, k) => { if (verdicts[k]?.meta && !b.s.caption && !copies.has(k)) markAsMeta(b.s.el); });
  // A caption set apart from a <figure> (a video's title and blurb, a photo's line under its box) is small print in
  // the reader view too, as a <figcaption> is; inside a figure the reader styles it already.
  infos.forEach((b, k) => { if (b.s.caption && !verdicts[k] && b.s.text && !closestTag(b.s.el, FIGURE_TAGS) && !copies.has(k)) markAsMeta(b.s.el); });
  return copies;
}

// cleanArticle's rare steps, each a function of its own: V8 compiles a function at its first call, so a page that
// needs none of them compiles cleanArticle's common path alone (docs/performance.md, cold37).
/** A block taken out before the rest is read (the headline again, the label over it). */
function without(blocks: Block[], b: Block): Block[] {
  b.el.remove();
  return blocks.filter((x) => x !== b);
}
/** The verdicts of the reasons the host keeps, undone. */
const keptReasons = (verdicts: (Verdict | null)[], keep: ReadonlySet<RemovalReason>) => verdicts.map((x) => (x && keep.has(x.reason) ? null : x));
/** The text with the captions kept beside their pictures, in their places, for a reader's text export (a caption
 * the reader view shows is no text to lose there); null when there is no caption to add. */
function captionedText(infos: readonly BlockInfo[], verdicts: (Verdict | null)[], copies: ReadonlySet<number>): string | null {
  const shown = infos.filter((b, k) => !verdicts[k] && !copies.has(k) && b.s.text.trim());
  if (!shown.some((b) => b.s.caption)) return null;
  return blocksToText(shown.map((b) => ({ el: b.s.el, tag: b.s.tag, text: b.s.text })));
}
/** Bylines kept as the text when nothing else would stay. */
const bylinesKept = (verdicts: (Verdict | null)[]) => verdicts.map((x) => (x?.meta && x.reason === 'byline' ? null : x));
/** The header's byline and date copies out of the body, and the boxes they leave empty. */
function dropCopies(infos: BlockInfo[], copies: Set<number>, body: Element): void {
  const emptied = new Set<Element>();
  for (const k of copies) { const el = infos[k]!.s.el; if (el.parentElement) emptied.add(el.parentElement); el.remove(); }
  pruneEmptied(emptied, body);
}

/** What a block of pictures only shows, in words (its first picture's alt text): the removal list names it. */
const mediaText = (el: Element) => firstInside(el, (e) => tagOf(e) === 'IMG' && e.hasAttribute('alt'))?.getAttribute('alt') ?? '';

/** The removal list: each block removed for a reason (not the small print kept as meta, nor a blank stand-in), as the
 * reader undoes it. */
function removalsOf(infos: BlockInfo[], verdicts: ReadonlyArray<Verdict | null>): Removal[] {
  const removed: Removal[] = [];
  infos.forEach((b, index) => {
    const x = verdicts[index];
    // A blank stand-in (a player's ratio box) goes from the body without a line: nothing of it can be shown or named.
    if (!x || x.meta || (!b.s.text && blankStandIns(b.s.el))) return;
    removed.push({
      text: oneLine(b.s.text || mediaText(b.s.el)), reason: x.reason, rule: x.rule, ...(x.kind && x.kind !== x.reason ? { kind: x.kind } : {}),
      fingerprint: b.s.fp, index, tag: b.s.tag, html: b.s.el.outerHTML, score: Math.round(x.score * 1000) / 1000, evidence: x.evidence,
    });
  });
  return removed;
}

/**
 * A byline, a date or a credit line stays in the article's HTML, set in <small> (the HTML element for side comments
 * and small print): the reader view and the exports show it as a dateline, not as a paragraph of the story. Class
 * and data attributes do not survive sanitising; the element does.
 */
function markAsMeta(el: Element): void {
  if (hasMedia(el) || (el.firstElementChild?.tagName === 'SMALL' && el.childNodes.length === 1)) return;
  const small = el.ownerDocument.createElement('small');
  while (el.firstChild) small.appendChild(el.firstChild);
  el.appendChild(small);
}

/**
 * List items and quotations with no text and no picture (a related-stories list whose links lost their headlines
 * to the page's scripts, an embedded post's empty shell, a share bar's row of icons), paragraphs that show only an
 * icon (a gallery's symbol), and the lists they leave empty: a reader sees a column of empty bullets, and the
 * Markdown export an empty `-` line or an icon each.
 */
function dropEmptyItems(body: Element): void {
  const parents = new Set<Element>(), lists = new Map<Element, number>();
  // An embed's quotation whose text went (a post the page's scripts fill in) too: the Markdown printed a bare ">".
  for (const tag of ['li', 'blockquote', 'p']) for (const li of Array.from(body.getElementsByTagName(tag))) {
    if (!body.contains(li)) continue;
    if ((li.textContent ?? '').trim() || showsPicture(li) || (tag === 'p' && !hasMedia(li))) continue;
    dropItem(li, body, parents, lists);
  }
  pruneEmptied(parents, body);
  for (const [list, before] of lists) unlistLastItem(list, before, body);
}

/** One empty item out (apart from dropEmptyItems' walk: most pages have none, and so never compile it). */
function dropItem(li: Element, body: Element, parents: Set<Element>, lists: Map<Element, number>): void {
  // Lists that lose icon items (a share bar's row), and how many items each had.
  if (hasMedia(li)) for (let l = closestTag(li, LISTS); l && body.contains(l); l = l.parentElement && closestTag(l.parentElement, LISTS)) if (!lists.has(l)) lists.set(l, itemCount(l));
  if (li.parentElement) parents.add(li.parentElement);
  li.remove();
}

const LISTS = new Set(['UL', 'OL']);
const itemCount = (list: Element) => Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI').length;

/**
 * A list of several items left with one once its icons went (a share bar's row beside the credit "AFP, MANILA") is no
 * list: its item's content stays, without a bullet. A list its page wrote with one item keeps it, and so does one
 * that lost only empty shells (a related list's links whose headlines the page's scripts fill in).
 */
function unlistLastItem(list: Element, before: number, body: Element): void {
  if (before < 2 || !body.contains(list) || list.children.length !== 1 || itemCount(list) !== 1) return;
  const li = list.firstElementChild!;
  if (li.querySelector('ul, ol')) return;
  const box = list.ownerDocument.createElement('div');
  while (li.firstChild) box.appendChild(li.firstChild);
  list.replaceWith(box);
}

/** Remove the boxes that removals left with no text and no media (a donation box without its blocks). */
function pruneEmptied(parents: Set<Element>, root: Element): void {
  for (let el of parents) {
    // Still in the article (a parent): the body is detached in a browser, where isConnected is always false.
    while (el !== root && el.parentElement && !(el.textContent ?? '').trim() && !hasMedia(el)) {
      const up = el.parentElement;
      el.remove();
      if (!up) break;
      el = up;
    }
  }
}
