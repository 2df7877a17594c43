// Layout: decisions that look past one block. Copies of a boilerplate block go together (the appeal must not
// survive in its other place); a box that is mostly boilerplate takes its short blocks with it (an appeal's
// heading, its button, its "Thank you!"); a "Related" heading takes its list of links; runs of short links before
// the first or after the last paragraph are menus and "more stories"; a heading whose whole section went goes too.
import type { BlockInfo } from './context';
import type { Score } from './classifier';
import { decideBlock, evidenceKinds, gone, inheritedReason, isSentence, protectedBlock, reasonOf, META_REASONS, type Verdict, type Verdicts } from './decide';
import { hasMedia } from '../dom';
import { allUpper } from '../chars';
import { isProse, inPageLinks } from './signals';
import { applyPullQuoteCredits, hasPullQuoteCopies } from './pull-quote';
import { applyBoxPictures } from './box-picture';
import { applyBannerPictures } from './banner-picture';
import {
  applyEmptiedTail, applyOddOneOut, applyOrphanCaptions, applyRepeatedLines, applyRubricLists, applySkipLinks, applyZoomControls, captioned, hasRepeatedLines, hasRubricItems,
  hasOddCandidates, hasSkipLinks, hasZoomCandidates, mayEmptyTail,
} from './residue';
import { keptLinkedPicture } from './lone-picture';
import { applyInsetTeasers, hasTeaserBlocks } from './inset-teaser';
import { applyScatteredLines, hasScatteredCopies } from './scattered-line';
import T from '../rules/clean-thresholds.json';

const APPEAL = new Set(['donation', 'payment', 'newsletter', 'paywall']);

function set(v: Verdicts, k: number, verdict: Verdict, overrule = false): void {
  if (!v[k] || overrule) v[k] = verdict;
}

/** Evidence a sentence carries by itself, beyond its shape and where it stands. */
function ownEvidence(s: BlockInfo['s'], sc: Score): boolean {
  const kinds = evidenceKinds(sc);
  return kinds.some((k) => k !== 'shape' && k !== 'words') || (kinds.includes('words') && (!!s.phrase || s.weakAppeal));
}

/** Copies of a block that is boilerplate by its own evidence all go, as duplicates; a repeated sentence stays. */
export function applyRepetition(infos: BlockInfo[], scores: Score[], v: Verdicts): void {
  const groups = new Map<number, number[]>();
  infos.forEach((b, k) => { if (b.copies > 1) { const g = groups.get(b.group); if (g) g.push(k); else groups.set(b.group, [k]); } });
  for (const members of groups.values()) {
    if (members.some((k) => protectedBlock(infos[k]!.s) || META_REASONS.has(reasonOf(infos[k]!.s).reason))) continue;
    // The seed must be boilerplate by what it says or what holds it, not only by being a short link (a table of
    // contents repeats the headings of the text).
    // A long number given to the reader (a phone or account number) repeated verbatim is an appeal in any language.
    const telling = (k: number) => !inPageLinks(infos[k]!.s) &&
      (infos[k]!.s.payment.number || evidenceKinds(scores[k]!).some((g) => g === 'words' || g === 'appeal' || g === 'markup'));
    const seed = members.find((k) => v[k] && !v[k]!.meta && (v[k]!.strong || telling(k))) ??
      members.find((k) => scores[k]!.p >= T.duplicateSeed && telling(k));
    if (seed === undefined) continue;
    const kind = v[seed]?.reason ?? reasonOf(infos[seed]!.s).reason;
    if (META_REASONS.has(kind)) continue; // a credit or a date under every picture stays where it is
    const strong = APPEAL.has(kind) || !!v[seed]?.strong || members.some((k) => !!infos[k]!.s.payment.identifier || !!infos[k]!.s.payment.inProse);
    const linkedSeed = infos[seed]!.s.linkDensity >= 0.5;
    for (const k of members) {
      if (linkedSeed && (infos[k]!.s.heading || isProse(infos[k]!.s)) && infos[k]!.s.linkDensity < 0.5) continue; // the heading a link points to
      set(v, k, { reason: 'duplicate', rule: infos[k]!.exact ? 'duplicate:exact' : 'duplicate:near', kind, score: scores[k]!.p, strong,
        evidence: [kind === 'other' ? 'it repeats a removed block' : `it repeats a block removed as ${kind}`, ...(v[k]?.evidence ?? [])] }, true);
    }
  }
  // A block the page also shows outside the article (a sidebar widget, a footer box) with evidence of its own.
  infos.forEach((b, k) => {
    if (v[k] || !b.onPage || protectedBlock(b.s) || isProse(b.s) || scores[k]!.p < T.duplicateSeed) return;
    if (!evidenceKinds(scores[k]!).some((g) => g !== 'repetition' && g !== 'shape')) return;
    const kind = reasonOf(b.s).reason;
    v[k] = { reason: 'duplicate', rule: 'duplicate:page', kind, score: scores[k]!.p, strong: false, evidence: ['it also stands outside the article', ...evidenceKinds(scores[k]!)] };
  });
}

/**
 * A line a box's class names call a caption ("copyright") beside no picture, in a box whose copyright notice went:
 * the site's footer (its address and phone beside "The contents of this site are ©2019 …"), not a photo's credit.
 * Kept as small print by itself, it goes with the notice.
 */
const noticeBox = (r: Verdict, s: BlockInfo['s']) => r.rule === 'shape:copyright' && !s.caption && reasonOf(s).rule.startsWith('markup:');

/**
 * A small box that is mostly boilerplate (by the text of its removed blocks and of the blocks the classifier scores
 * as boilerplate) loses its other blocks too, unless one of them is prose the classifier reads as content.
 */
export function applyBoxes(infos: BlockInfo[], scores: Score[], v: Verdicts): void {
  const byBox = new Map<Element, number[]>();
  infos.forEach((b, k) => { if (!b.box) return; const l = byBox.get(b.box); if (l) l.push(k); else byBox.set(b.box, [k]); });
  const articleLen = infos.reduce((n, b) => n + b.s.len, 0) || 1;
  // Only a box holding a removed block is judged (boxBlocks), and only appeals take neighbours (appealNeighbours):
  // each body compiles when first reached, and cleaning runs cold, once a page.
  for (const [, members] of byBox) if (members.length >= 2 && members.some((k) => gone(v, k))) boxBlocks(infos, scores, v, members, articleLen);
  if (v.some((x) => isAppealVerdict(x) && x!.rule !== 'box')) appealNeighbours(infos, scores, v);
}

/** The blocks of one box holding a removed block: all go when the box is mostly boilerplate. */
function boxBlocks(infos: BlockInfo[], scores: Score[], v: Verdicts, members: number[], articleLen: number): void {
  if (members.some((k) => infos[k]!.s.quoted)) return;
  const seeds = members.filter((k) => v[k] && !v[k]!.meta);
  const total = members.reduce((n, k) => n + infos[k]!.s.len, 0) || 1;
  if (total > Math.max(T.boxMaxLen, articleLen * T.boxMaxShare)) return;
  const scored = (k: number) => scores[k]!.p >= T.remove && evidenceKinds(scores[k]!).length > 0;
  const gone = members.reduce((n, k) => n + ((v[k] && !v[k]!.meta) || scored(k) ? infos[k]!.s.len : 0), 0);
  if (gone / total < T.boxShare) return;
  if (members.some((k) => !v[k] && (isProse(infos[k]!.s) || isSentence(infos[k]!.s)) && scores[k]!.p < T.neighbour)) return;
  const r = v[seeds.find((k) => v[k]!.strong) ?? seeds[0]!]!;
  for (const k of members) {
    const s = infos[k]!.s, footer = !!v[k]?.meta && noticeBox(r, s);
    if ((v[k] && !footer) || protectedBlock(s) || !s.text || scores[k]!.p < T.neighbour || inPageLinks(s)) continue;
    const own = reasonOf(s);
    if (META_REASONS.has(own.reason) && !footer) { v[k] = { ...own, score: scores[k]!.p, strong: false, meta: true, evidence: ['a byline or credit in a boilerplate box'] }; continue; }
    const sentence = isSentence(s) || isProse(s);
    // A sentence needs a high score and more than its shape, or a box with strong evidence (a payment line).
    const more = r.strong || evidenceKinds(scores[k]!).some((g) => g !== 'shape');
    if ((s.len <= T.boxBlockMax && !sentence) || s.heading || (scores[k]!.p >= (sentence ? T.boxProse : T.remove) && more))
      v[k] = { reason: r.reason === 'duplicate' ? r.kind ?? 'duplicate' : r.reason, rule: 'box', score: scores[k]!.p, strong: r.strong, evidence: ['its box is boilerplate'] };
  }
}

/** A verdict of an appeal (a donation, a payment line, a newsletter box, a paywall), or a copy of one. */
const isAppealVerdict = (x: Verdict | null): boolean => !!x && (APPEAL.has(x.reason) || APPEAL.has(x.kind ?? ''));

/** Appeals written as plain paragraphs: their short neighbours with some evidence go with them. */
function appealNeighbours(infos: BlockInfo[], scores: Score[], v: Verdicts): void {
  const isAppeal = (k: number) => isAppealVerdict(v[k] ?? null);
  const seeds = infos.map((_, k) => k).filter((k) => isAppeal(k) && v[k]!.rule !== 'box');
  for (const k of seeds) {
    const r = v[k]!;
    // A run of two appeal blocks or more is an appeal written as paragraphs: as strong as a payment line.
    const run = (k > 0 && isAppeal(k - 1)) || (k + 1 < infos.length && isAppeal(k + 1));
    for (const dir of [-1, 1]) {
      for (let j = k + dir; j >= 0 && j < infos.length; j += dir) {
        const s = infos[j]!.s;
        if (v[j]) { if (isAppeal(j)) continue; break; }
        // Beside strong evidence a sentence the classifier also scores as boilerplate goes too, when evidence of its
        // own speaks for it: its links, markup or payment details, or appeal words of a list. Where it stands, its
        // shape and n-grams of a language the lists do not know took story paragraphs beside appeals.
        const sentence = isProse(s) || isSentence(s);
        if (protectedBlock(s) || s.len > T.neighbourMax || scores[j]!.p < (sentence ? T.remove : T.neighbour)) break;
        if (sentence && ((!r.strong && !run) || !ownEvidence(s, scores[j]!))) break;
        const own = reasonOf(s);
        const reason = own.rule !== 'classifier' ? own.reason : APPEAL.has(r.reason) ? r.reason : r.kind!;
        v[j] = { reason, rule: 'appeal:neighbour', score: scores[j]!.p, strong: false, evidence: ['it stands beside an appeal'] };
        break; // one neighbour a side: an appeal's heading or its button, not the story around it
      }
    }
  }
}

/** A "Related" heading or line takes the links that follow it, until a line that is not a link. */
export function applyRelatedLists(infos: BlockInfo[], v: Verdicts): void {
  for (let k = 0; k < infos.length; k++) {
    const h = v[k];
    if (!h || h.reason !== 'related' || !(infos[k]!.s.heading || infos[k]!.s.len <= 60)) continue;
    for (let j = k + 1; j < infos.length && !infos[j]!.s.heading; j++) {
      const s = infos[j]!.s;
      if (s.text && s.linkDensity < 0.5) break;
      // A picture the story captions, linking nowhere, is its own photo (ABC's lead photo under a teaser's link).
      if (!s.links && captioned(s.el) && hasMedia(s.el)) break;
      set(v, j, { reason: 'related', rule: 'related:list', score: 0, strong: false, evidence: ['it follows a related heading'] });
    }
  }
}

/** Runs of short links before the first or after the last paragraph of prose: menus and "more stories" lists. */
/** A line that is a link, short: what a run of links outside the text is made of. */
const linkLine = (b: BlockInfo) => !!b.s.text && b.s.len <= 100 && b.s.linkDensity >= 0.85;
/** Links a run has at least. */
const RUN_LINKS = 3;

/** Whether applyLinkRuns can act: three short link lines still kept before the first paragraph of prose or after the
 * last (asked first: cleaning runs cold, and a function compiles whole at its first call). */
export function hasLinkRuns(infos: BlockInfo[], v: Verdicts): boolean {
  let first = -1, last = -1;
  for (let k = 0; k < infos.length; k++) if (isProse(infos[k]!.s)) { if (first < 0) first = k; last = k; }
  if (first < 0) return false;
  let before = 0, after = 0;
  for (let k = 0; k < infos.length; k++) {
    if (v[k] || !linkLine(infos[k]!)) continue;
    if (k < first) before++;
    else if (k > last) after++;
  }
  return before >= RUN_LINKS || after >= RUN_LINKS;
}

export function applyLinkRuns(infos: BlockInfo[], v: Verdicts): void {
  const first = infos.findIndex((b) => isProse(b.s));
  if (first < 0) return;
  let last = first;
  infos.forEach((b, k) => { if (isProse(b.s)) last = k; });
  const linky = linkLine;
  const kicker = (b: BlockInfo) => b.s.len <= 40 && b.s.linkDensity < 0.5 && allUpper(b.s.text);
  const mark = (from: number, to: number, menusOnly: boolean) => {
    const run = infos.slice(from, to).filter((b) => b.s.text && !v[b.index]);
    const links = run.filter(linky), kickers = run.filter(kicker);
    if (links.length < RUN_LINKS || links.length + kickers.length < run.length * 0.7) return;
    const menu = links.filter((b) => b.s.len <= 30).length >= links.length * 0.8;
    if (menusOnly && !menu) return; // a table of contents before the text is the reader's, not the site's
    const verdict = (rule: string): Verdict => ({ reason: menu ? 'navigation' : 'related', rule, score: 0, strong: false, evidence: ['a run of links outside the text'] });
    for (const b of links) v[b.index] = verdict(menu ? 'links:menu' : 'links:list');
    if (!menu && kickers.length <= links.length) for (const b of kickers) v[b.index] = verdict('links:kicker');
  };
  mark(0, first, true);
  mark(last + 1, infos.length, false);
}

/** A heading whose whole section went goes too; so does a heading left at the very end. */
export function applyOrphanHeadings(infos: BlockInfo[], v: Verdicts): void {
  for (let k = infos.length - 1; k >= 0; k--) {
    const h = infos[k]!.s;
    if (!h.heading || v[k]) continue;
    const section: number[] = [];
    for (let j = k + 1; j < infos.length; j++) {
      if (infos[j]!.s.heading && infos[j]!.s.heading <= h.heading) break;
      if (infos[j]!.s.text || hasMedia(infos[j]!.s.el)) section.push(j);
    }
    if (!section.length) {
      if (!infos.slice(k + 1).some((b) => !v[b.index] && (b.s.text || hasMedia(b.s.el))))
        v[k] = { reason: 'navigation', rule: 'heading:at-end', score: 0, strong: false, evidence: ['a heading with nothing after it'] };
      continue;
    }
    // A byline or a date in the section is the article's, not the section's: it neither keeps nor goes with it.
    const own = section.filter((j) => !v[j]?.meta);
    if (own.length && own.every((j) => v[j])) {
      const r = v[own[0]!]!;
      v[k] = { reason: r.reason, rule: 'heading:section-removed', kind: r.kind, score: 0, strong: r.strong, evidence: ['its whole section was removed'] };
    }
  }
}

/**
 * A short line between two removed blocks that the classifier also reads as boilerplate goes with them: the heading
 * or label inside a dialog or a box the markup did not close ("Lecture restreinte" amid a device-limit notice).
 * A sentence or a heading stays: between two adverts it is still the story (a section's heading between two ad slots).
 */
export function applySandwiched(infos: BlockInfo[], scores: Score[], v: Verdicts): void {
  for (let k = 1; k + 1 < infos.length; k++) {
    const s = infos[k]!.s;
    if (v[k] || s.heading || !gone(v, k - 1) || !gone(v, k + 1) || protectedBlock(s) || isSentence(s) || isProse(s) || scores[k]!.p < T.remove) continue;
    const r = v[k - 1]!;
    v[k] = { reason: inheritedReason(r), rule: 'run', score: scores[k]!.p, strong: false, evidence: ['it stands between removed blocks'] };
  }
}

/** The blocks' verdicts: each block alone, then copies, boxes, related lists, link runs, lines between removed
 * blocks and orphan headings; given the article's root, what removals left behind (lib/clean/residue.ts). */
export function decideAll(infos: BlockInfo[], scores: Score[], root?: Element): Verdicts {
  const v = infos.map((b, k) => decideBlock(b, scores[k]!));
  // Rules that do nothing on most pages are asked a cheap question first: a function runs compiled whole, and
  // cleaning runs cold, once a page.
  if (infos.some((b) => b.copies > 1 || b.onPage)) applyRepetition(infos, scores, v);
  applyBoxes(infos, scores, v);
  applyRelatedLists(infos, v);
  if (hasLinkRuns(infos, v)) applyLinkRuns(infos, v);
  if (root && hasRubricItems(infos)) applyRubricLists(infos, v);
  if (root && hasTeaserBlocks(infos)) applyInsetTeasers(infos, v, root);
  applySandwiched(infos, scores, v);
  if (hasPullQuoteCopies(v)) applyPullQuoteCredits(infos, v);
  if (root) {
    if (hasOddCandidates(infos, v)) applyOddOneOut(infos, v, root);
    if (hasSkipLinks(infos, v)) applySkipLinks(infos, v);
    applyOrphanCaptions(infos, v);
    if (hasZoomCandidates(infos, v)) applyZoomControls(infos, v);
    if (hasRepeatedLines(infos, v)) applyRepeatedLines(infos, v);
    applyBoxPictures(infos, v, root);
    if (keptLinkedPicture(infos, v)) applyBannerPictures(infos, v);
  }
  if (hasScatteredCopies(infos)) applyScatteredLines(infos, v);
  applyOrphanHeadings(infos, v);
  if (root && mayEmptyTail(infos, v)) applyEmptiedTail(infos, v);
  return v;
}
