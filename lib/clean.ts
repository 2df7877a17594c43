// Clean: remove what Readability leaves in (appeals, payment lines, duplicated blocks, share bars, counters…),
// recording every removal with its reason so that it can be shown and undone. Evidence that holds across sites
// comes first: repetition, payment identifiers, imperative appeal language, short furniture lines; class names
// only add weight where the markup has them.
import { segmentBlocks, blocksToText, type Block, type PageBlocks } from './blocks';
import { normalizeBlockText, wordsOfNormalized, fingerprintOfWords, containment } from './fingerprint';
import {
  LINE_RULES, APPEAL_RULES, APPEAL_THRESHOLD, PAYMENT_RULES, PAYMENT_LINE_MAX, APPEAL_CTA, CTA_MAX, HINT_CLASSES,
} from './rules/boilerplate';
import type { Removal, RemovalReason } from './types';
import { hasMedia } from './dom';

export interface CleanOptions {
  /** The page's blocks, taken before extraction: a block seen more often on the page than in the article also
   * stands outside it (a sidebar widget, a footer box). */
  page?: PageBlocks;
  /** Fingerprints learnt from other articles of the same site (site memory): removed as 'site-memory'. */
  knownFingerprints?: ReadonlySet<string>;
  /** The article's title: a leading heading that repeats it is not body text. */
  title?: string | null;
  /** Reasons the user keeps (switched off in the options): blocks found only for these reasons stay. */
  keep?: ReadonlySet<RemovalReason>;
}

export interface Cleaned {
  removed: Removal[];
  /** Article text after cleaning: blocks separated by a blank line. */
  text: string;
  /** The body element, boilerplate removed (same element as given, changed in place). */
  body: Element;
}

interface Info {
  b: Block;
  norm: string;
  words: string[];
  fp: string;
  heading: number; // 1..6, or 0
  quoted: boolean; // inside a <blockquote>: someone else's words, never an appeal of the site
  linkDensity: number;
  appeal: number;
  appealRules: string[];
  line: { reason: RemovalReason; rule: string } | null;
  hint: RemovalReason | null;
  verdict: { reason: RemovalReason; rule: string; kind?: RemovalReason } | null;
}

const HEADING = /^h([1-6])$/;

/** Give a block its verdict; the first verdict stands unless `overrule` (a duplicate overrules what it repeats). */
function set(i: Info, reason: RemovalReason, rule: string, kind?: RemovalReason, overrule = false): void {
  if (!i.verdict || overrule) i.verdict = { reason, rule, ...(kind && kind !== reason ? { kind } : {}) };
}
/** Hints whose boxes sometimes hold real prose (a teaser, a comment): long unlinked paragraphs in them stay. */
const AMBIGUOUS_HINTS = new Set<RemovalReason>(['related', 'advert', 'share', 'comments', 'newsletter']);

/** In a table row of several cells, a word like "Comment" or "Share" is data (a column head), not furniture. */
function inDataRow(el: Element): boolean {
  const cell = el.closest?.('td, th');
  const row = cell?.parentElement;
  return !!row && row.children.length >= 2;
}

function linkDensity(el: Element, textLen: number): number {
  if (!textLen) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let k = 0; k < links.length; k++) linked += (links[k].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (el.tagName === 'A') linked = textLen;
  return Math.min(1, linked / textLen);
}

/**
 * What the class names of a block and its boxes say, when they say something. A hinted box must be small next to
 * the article: a wrapper of the whole body with a class like "newsletter-enabled" says nothing about its blocks.
 */
function classHint(el: Element, root: Element, articleLen: number, memo: Map<Element, RemovalReason | null>): RemovalReason | null {
  if (!el || el === root) return null;
  const known = memo.get(el);
  if (known !== undefined) return known;
  let hint: RemovalReason | null | undefined;
  const c = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (c.trim()) for (const h of HINT_CLASSES) if (h.re.test(c)) { hint = (el.textContent ?? '').length <= Math.max(600, articleLen * 0.25) ? h.reason : null; break; }
  if (hint === undefined) hint = el.parentElement ? classHint(el.parentElement, root, articleLen, memo) : null;
  memo.set(el, hint);
  return hint;
}

/** Appeal score of a text: the weights of the appeal, payment and call-to-action rules it matches. */
export function appealScore(text: string, norm = normalizeBlockText(text)): { score: number; rules: string[] } {
  let score = 0;
  const rules: string[] = [];
  for (const r of APPEAL_RULES) if (r.re.test(norm)) { score += r.weight; rules.push(r.rule); }
  for (const line of text.split('\n')) {
    if (line.length > PAYMENT_LINE_MAX * 2) continue;
    const l = normalizeBlockText(line);
    if (!l || l.length > PAYMENT_LINE_MAX) continue;
    for (const r of PAYMENT_RULES) if (r.re.test(l)) { score += r.weight; rules.push(r.rule); break; }
  }
  if (norm.length <= CTA_MAX && APPEAL_CTA.test(norm)) { score += 2; rules.push('appeal:button'); }
  return { score, rules };
}

/** The line rule a short block matches, if any. */
const LINE_MAX = Math.max(...LINE_RULES.map((r) => r.maxLen));
export function lineRule(text: string, norm?: string): { reason: RemovalReason; rule: string } | null {
  if (text.length > LINE_MAX * 2) return null;
  norm ??= normalizeBlockText(text);
  for (const r of LINE_RULES) if (norm.length <= r.maxLen && r.re.test(norm)) return { reason: r.reason, rule: r.rule };
  return null;
}

export function cleanArticle(body: Element, opts: CleanOptions = {}): Cleaned {
  const blocks = segmentBlocks(body);
  const articleLen = blocks.reduce((n, b) => n + b.text.length, 0);
  const hints = new Map<Element, RemovalReason | null>();
  const infos: Info[] = blocks.map((b) => {
    const norm = normalizeBlockText(b.text);
    const hm = HEADING.exec(b.tag);
    const quoted = !!b.el.closest?.('blockquote');
    const { score, rules } = quoted ? { score: 0, rules: [] } : appealScore(b.text, norm);
    const w = wordsOfNormalized(norm);
    return {
      b, norm, words: w, fp: fingerprintOfWords(w), heading: hm ? Number(hm[1]) : 0, quoted,
      linkDensity: linkDensity(b.el, b.text.length), appeal: score, appealRules: rules,
      line: b.text && !inDataRow(b.el) ? lineRule(b.text, norm) : null,
      hint: quoted ? null : classHint(b.el, body, articleLen, hints), verdict: null,
    };
  });

  // 0. The headline again at the top of the body is the title, not text.
  if (opts.title && infos.length) {
    const t = normalizeBlockText(opts.title);
    const lead = infos.slice(0, Math.max(3, infos.findIndex(isProse)));
    const first = lead.find((i) => i.norm === t && (i.heading || i.linkDensity < 0.5));
    if (first) { first.b.el.remove(); infos.splice(infos.indexOf(first), 1); }
  }

  // 1. Appeals: blocks with enough appeal evidence, then their neighbours inside the same box.
  const isAppeal = (i: Info) => i.appeal >= APPEAL_THRESHOLD || (i.appeal >= 1 && i.hint === 'donation');
  for (const i of infos) if (isAppeal(i)) set(i, i.appealRules.some((r) => r.startsWith('payment')) && !i.appealRules.some((r) => r.startsWith('appeal')) ? 'payment' : 'donation', i.appealRules[0] ?? 'appeal:hint');
  growAppealBoxes(infos, body);

  // 2. Duplicates: the same block twice or more (exactly or nearly), or inside and outside the article.
  markDuplicates(infos, opts.page, opts.title);

  // 3. Furniture lines, class-hinted furniture, site memory.
  for (const i of infos) {
    if (i.verdict || i.quoted) continue;
    if (opts.knownFingerprints?.has(i.fp) && i.b.text.length >= 8) { set(i, 'site-memory', 'site-memory'); continue; }
    if (i.line) { set(i, i.line.reason, i.line.rule); continue; }
    if (i.hint && i.hint !== 'donation' && (!AMBIGUOUS_HINTS.has(i.hint) || i.b.text.length <= 160 || i.linkDensity > 0.5))
      set(i, i.hint, `hint:${i.hint}`);
  }

  // 4. Lists of links under a "Related" heading go with it.
  for (let k = 0; k < infos.length; k++) {
    const h = infos[k];
    // A "Related" heading, or a short line that reads as one ("More Great WIRED Stories" in a <p>).
    if (!h.verdict || h.verdict.reason !== 'related' || !(h.heading || h.verdict.rule === 'related:heading')) continue;
    for (let j = k + 1; j < infos.length && !infos[j].heading; j++) {
      const i = infos[j];
      if (i.b.text && i.linkDensity < 0.5) break; // the list ends where a line that is not a link begins
      set(i, 'related', 'related:list');
    }
  }

  // 5. Runs of short links before the first or after the last paragraph: menus and "more stories" lists.
  linkRuns(infos);

  // 6. A heading whose whole section went goes too; so does a heading left at the very end.
  orphanHeadings(infos);

  // 7. What the user keeps: reasons switched off in the options.
  if (opts.keep?.size) for (const i of infos) if (i.verdict && opts.keep.has(i.verdict.reason)) i.verdict = null;

  const removed: Removal[] = [];
  infos.forEach((i, index) => {
    if (!i.verdict) return;
    removed.push({
      text: i.b.text.replace(/\s+/g, ' ').trim(),
      reason: i.verdict.reason,
      rule: i.verdict.rule,
      ...(i.verdict.kind ? { kind: i.verdict.kind } : {}),
      fingerprint: i.fp,
      index,
      tag: i.b.tag,
      html: i.b.el.outerHTML,
    });
  });
  const parents = new Set<Element>();
  for (const i of infos) if (i.verdict) { if (i.b.el.parentElement) parents.add(i.b.el.parentElement); i.b.el.remove(); }
  pruneEmptied(parents, body);
  // Captions stay in the HTML (beside their pictures) but are not body text.
  const kept = infos.filter((i) => !i.verdict && !i.b.el.closest?.('figcaption, figure')).map((i) => i.b);
  return { removed, text: blocksToText(kept), body };
}

/** The nearest ancestor that is a box of its own (div, section, aside, figure, form…) below the body root. */
function boxOf(el: Element, root: Element): Element | null {
  for (let e = el.parentElement; e && e !== root; e = e.parentElement) {
    if (/^(DIV|SECTION|ASIDE|FIGURE|FORM|FOOTER|HEADER|CENTER|TABLE|UL|OL)$/i.test(e.tagName)) {
      if (e.parentElement === root && root.children.length === 1) return null; // Readability's page wrapper
      return e;
    }
  }
  return null;
}

/**
 * An appeal is rarely one block: its heading, its bank lines, its button and its "Thank you!" come with it.
 * Inside a box that holds an appeal, the other blocks go when the appeal makes most of the box's text and they
 * are short or carry some appeal evidence themselves. Outside a box, short neighbours with appeal evidence go.
 */
function growAppealBoxes(infos: Info[], root: Element): void {
  const seeds = infos.filter((i) => i.verdict && (i.verdict.reason === 'donation' || i.verdict.reason === 'payment'));
  const seen = new Set<Element>();
  for (const s of seeds) {
    const box = boxOf(s.b.el, root);
    if (!box || seen.has(box)) continue;
    seen.add(box);
    const members = infos.filter((i) => box.contains(i.b.el));
    const total = members.reduce((n, i) => n + i.b.text.length, 0) || 1;
    const appealText = members.filter((i) => i.verdict || i.appeal > 0).reduce((n, i) => n + i.b.text.length, 0);
    if (members.some((i) => i.quoted) || appealText / total < 0.5) continue;
    for (const i of members) {
      if (i.verdict) continue;
      if (i.appeal > 0 || i.b.text.length <= 120 || i.heading) set(i, 'donation', 'appeal:box');
    }
  }
  // Short neighbours of an appeal outside any box (plain <p>s in the body): thanks, buttons, bank lines.
  for (let k = 0; k < infos.length; k++) {
    if (!infos[k].verdict || (infos[k].verdict!.reason !== 'donation' && infos[k].verdict!.reason !== 'payment')) continue;
    for (const dir of [-1, 1]) {
      for (let j = k + dir; j >= 0 && j < infos.length; j += dir) {
        const i = infos[j];
        if (i.verdict) { if (i.verdict.reason === 'donation' || i.verdict.reason === 'payment') continue; break; }
        if (i.quoted || !(i.appeal > 0 || (i.heading && dir === -1 && i.b.text.length <= 80 && nextIsAppealOnly(infos, j)))) break;
        set(i, 'donation', i.heading ? 'appeal:heading' : 'appeal:neighbour');
      }
    }
  }
}

function nextIsAppealOnly(infos: Info[], h: number): boolean {
  const level = infos[h].heading;
  let any = false;
  for (let j = h + 1; j < infos.length; j++) {
    const i = infos[j];
    if (i.heading && i.heading <= level) break;
    if (!i.b.text) continue;
    if (!(i.verdict && (i.verdict.reason === 'donation' || i.verdict.reason === 'payment')) && !(i.appeal > 0)) return false;
    any = true;
  }
  return any;
}

const FURNITURE_BOX = /(widget|sidebar|aside|donat|promo|newsletter|subscribe|cta|banner|footer|support|callout|encart|box)/i;

function markDuplicates(infos: Info[], page?: PageBlocks, title?: string | null): void {
  const titleNorm = title ? normalizeBlockText(title) : null;
  // Repetition alone is not enough (a refrain, a table of contents, a quoted line): a group goes when one of its
  // copies is boilerplate by its own words; then every copy goes, so the appeal does not survive in its other place.
  // So only pairs with such a copy on one side need comparing.
  const strong = (i: Info) => !!i.verdict || i.appeal >= APPEAL_THRESHOLD || !!i.line || (!!i.hint && i.linkDensity < 0.9);
  const weak = (i: Info) => strong(i) || i.appeal > 0 || i.b.text.length <= 200;
  const cands = infos.filter((i) => i.words.length >= 2 && i.b.text.length >= 12);
  const group = new Map<Info, Info[]>();
  for (const x of cands) {
    if (!strong(x) && !(x.appeal > 0)) continue;
    for (const y of cands) {
      if (x === y) continue;
      const ratio = Math.min(x.words.length, y.words.length) / Math.max(x.words.length, y.words.length);
      if (ratio < 0.6) continue;
      if (x.fp !== y.fp && containment(x.words, y.words) < 0.85) continue;
      const gx = group.get(x) ?? [x], gy = group.get(y) ?? [y];
      const merged = gx === gy ? gx : [...new Set([...gx, ...gy])];
      for (const m of merged) group.set(m, merged);
    }
  }
  const done = new Set<Info[]>();
  for (const g of group.values()) {
    if (done.has(g)) continue;
    done.add(g);
    if (g.some((i) => i.quoted)) continue; // a pull-quote or a quoted letter: someone's words, not furniture
    if (!g.some(strong)) continue;
    const kind = g.find((i) => i.verdict)?.verdict?.reason ?? (g.some((i) => i.appeal > 0) ? 'donation' : g.find((i) => i.line)?.line?.reason ?? g.find((i) => i.hint)?.hint ?? undefined);
    const exact = g.every((i) => i.fp === g[0].fp);
    for (const i of g) if (weak(i)) set(i, 'duplicate', exact ? 'duplicate:exact' : 'duplicate:near', kind, true);
  }
  // Inside and outside the article: a block the page shows more often than the article does is site furniture,
  // when it has some furniture evidence or stands in a box that says so.
  if (!page) return;
  const inArticle = new Map<string, number>();
  for (const i of infos) inArticle.set(i.fp, (inArticle.get(i.fp) ?? 0) + 1);
  for (const i of infos) {
    if (i.quoted || i.b.text.length < 12 || i.words.length < 2 || i.norm === titleNorm) continue;
    if (!page.hasMoreThan(i.b.text, i.fp, inArticle.get(i.fp) ?? 0)) continue;
    const boxed = (() => { for (let e = i.b.el.parentElement; e; e = e.parentElement) if (FURNITURE_BOX.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true; return false; })();
    if (!(strong(i) || i.appeal > 0) && !boxed) continue;
    const kind = i.verdict?.reason ?? (i.appeal > 0 ? 'donation' : i.line?.reason ?? i.hint ?? undefined);
    set(i, 'duplicate', 'duplicate:page', kind, true);
  }
}

const isProse = (i: Info) => !i.heading && i.b.text.length >= 120 && i.linkDensity < 0.5;

function linkRuns(infos: Info[]): void {
  const first = infos.findIndex(isProse);
  if (first < 0) return;
  let last = first;
  infos.forEach((i, k) => { if (isProse(i)) last = k; });
  const linky = (i: Info) => !!i.b.text && i.b.text.length <= 100 && i.linkDensity >= 0.85;
  // Kickers of teasers ("TIME TRAVELLER" above each linked headline) belong to the run they stand in.
  const kicker = (i: Info) => i.b.text.length <= 40 && i.linkDensity < 0.5 && i.b.text === i.b.text.toUpperCase() && /\p{Lu}/u.test(i.b.text);
  const mark = (from: number, to: number, menusOnly: boolean) => {
    const run = infos.slice(from, to).filter((i) => i.b.text && !i.verdict);
    const links = run.filter(linky);
    const kickers = run.filter(kicker);
    if (links.length < 3 || links.length + kickers.length < run.length * 0.7) return;
    const menu = links.filter((i) => i.b.text.length <= 30).length >= links.length * 0.8;
    if (menusOnly && !menu) return; // a table of contents before the text is the reader's, not the site's
    for (const i of links) set(i, menu ? 'navigation' : 'related', menu ? 'links:menu' : 'links:list');
    if (!menu && kickers.length <= links.length) for (const i of kickers) set(i, 'related', 'links:kicker');
  };
  mark(0, first, true);
  mark(last + 1, infos.length, false);
}

function orphanHeadings(infos: Info[]): void {
  for (let k = infos.length - 1; k >= 0; k--) {
    const h = infos[k];
    if (!h.heading || h.verdict) continue;
    const section: Info[] = [];
    for (let j = k + 1; j < infos.length; j++) {
      if (infos[j].heading && infos[j].heading <= h.heading) break;
      if (infos[j].b.text || hasMedia(infos[j].b.el)) section.push(infos[j]);
    }
    if (section.length === 0) {
      const after = infos.slice(k + 1).filter((i) => !i.verdict && (i.b.text || hasMedia(i.b.el)));
      if (after.length === 0) set(h, 'navigation', 'heading:at-end');
      continue;
    }
    if (section.every((i) => i.verdict)) {
      const r = section[0].verdict!;
      set(h, r.reason, 'heading:section-removed', r.kind);
    }
  }
}

/** Remove the boxes that removals left with no text and no media (a donation box without its blocks). */
function pruneEmptied(parents: Set<Element>, root: Element): void {
  for (let el of parents) {
    while (el !== root && el.isConnected !== false && !(el.textContent ?? '').trim() && !hasMedia(el)) {
      const up = el.parentElement;
      el.remove();
      if (!up) break;
      el = up;
    }
  }
}
