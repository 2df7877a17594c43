// Live page: hide the blocks the pipeline removed on the page the reader is looking at, and bring them back.
// Pure DOM functions (no browser or WXT import), so that they run the same in the content script and in tests.
//
// The pipeline works on a clone and reports each removed block by the fingerprint of its text. Here we walk the
// live page with the same notion of a block as lib/blocks.ts (a block-level element with no block-level element
// inside, or an inline element beside blocks), fingerprint each block, and mark matches with a data attribute that
// a stylesheet of ours hides. Nothing else of the page is touched: restoring removes our attributes and our
// stylesheet, and the page is exactly as before (its own `hidden` attributes, classes and styles were never changed).
import { blockText, isBlockTag } from './blocks';
import { fingerprint, normalizeBlockText } from './fingerprint';
import { appealScore, lineRule } from './clean';
import { APPEAL_THRESHOLD, HINT_CLASSES } from './rules/boilerplate';
import type { RemovalReason } from './types';

/** Attribute on a hidden element; its value is the block's fingerprint, or `container` for an emptied wrapper. */
export const HIDDEN_ATTR = 'data-clearpage-hidden';
/** Attribute with the removal reason, for the stylesheet's debug outline and for tests. */
export const REASON_ATTR = 'data-clearpage-reason';
export const STYLE_ID = 'clearpage-live-style';
const CONTAINER = 'container';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT']);
/** Never hidden as a whole, even when every block inside is. */
const NEVER_HIDE = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const MEDIA = 'img, picture, video, audio, iframe, canvas, object, embed, svg';

export interface HideTarget {
  fingerprint: string;
  reason: string;
}

export interface LiveBlock {
  el: Element;
  text: string;
  fingerprint: string;
}

export interface HideResult {
  /** Blocks hidden by this call (containers not counted). */
  hidden: number;
  /** Fingerprints found on the page. */
  matched: string[];
  /** Fingerprints not found on the page (e.g. loose text the pipeline wrapped into a paragraph of its own). */
  missing: string[];
}

export interface HideOptions {
  /**
   * Fingerprints of blocks the pipeline kept, with their count in the clean article. When a removed block's text
   * also occurs in the article (a legitimately repeated sentence), that many copies stay visible: the first ones.
   */
  kept?: ReadonlyMap<string, number>;
  /** Also hide a wrapper whose every text block is hidden (so that an empty bordered box does not stay). Default true. */
  hideContainers?: boolean;
  /** Only look under this element (late content); default the whole body. */
  root?: Element;
}

/**
 * The live page's blocks under `root`, in document order, as lib/blocks.ts would cut them, without changing the page.
 * Elements already hidden by the page itself are included (they are matched by text, not by visibility).
 */
export function liveBlocks(root: Element): LiveBlock[] {
  const containsBlock = new Map<Element, boolean>();
  // Post-order: does the subtree below `el` hold a block-level element?
  const mark = (el: Element): boolean => {
    let any = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const inner = mark(c);
      if (inner || isBlockTag(tag)) any = true;
    }
    containsBlock.set(el, any);
    return any;
  };
  mark(root);
  const out: LiveBlock[] = [];
  const push = (el: Element) => {
    const text = blockText(el);
    if (text) out.push({ el, text, fingerprint: fingerprint(text) });
  };
  const visit = (el: Element) => {
    if (!containsBlock.get(el)) { push(el); return; }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (SKIP.has(c.tagName.toUpperCase())) continue;
      visit(c);
    }
  };
  visit(root);
  return out;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTR}]{display:none!important}`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function removeStyleIfUnused(doc: Document): void {
  if (!doc.querySelector(`[${HIDDEN_ATTR}]`)) doc.getElementById(STYLE_ID)?.remove();
}

const isHidden = (el: Element) => el.hasAttribute(HIDDEN_ATTR);
const hiddenByUs = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e)) return true;
  return false;
};

/** Hide every wrapper whose text blocks are all hidden and which holds no media of its own. */
function hideEmptiedContainers(blocks: LiveBlock[], root: Element): void {
  const total = new Map<Element, number>();
  const hidden = new Map<Element, number>();
  for (const b of blocks) {
    const h = isHidden(b.el);
    for (let p = b.el.parentElement; p && p !== root.parentElement; p = p.parentElement) {
      total.set(p, (total.get(p) ?? 0) + 1);
      if (h) hidden.set(p, (hidden.get(p) ?? 0) + 1);
    }
  }
  // Outermost first, so that nested wrappers of one box are not all marked.
  const candidates = [...hidden.keys()].filter((p) => hidden.get(p) === total.get(p) && !NEVER_HIDE.has(p.tagName.toUpperCase()));
  for (const p of candidates.reverse()) {
    if (hiddenByUs(p)) continue;
    if (p === p.ownerDocument.body || p.id === 'content' || p.getAttribute('role') === 'main') continue;
    const media = Array.from(p.querySelectorAll(MEDIA)).some((m) => !hiddenByUs(m));
    if (media) continue;
    p.setAttribute(HIDDEN_ATTR, CONTAINER);
  }
}

/**
 * Hide the blocks whose fingerprint is in `targets` (every copy on the page, but see `opts.kept`).
 * Idempotent: blocks already hidden stay hidden and are not counted twice.
 */
export function hideBlocks(doc: Document, targets: readonly HideTarget[], opts: HideOptions = {}): HideResult {
  const root = opts.root ?? doc.body;
  if (!root || !targets.length) return { hidden: 0, matched: [], missing: targets.map((t) => t.fingerprint) };
  const reasons = new Map<string, string>();
  for (const t of targets) if (!reasons.has(t.fingerprint)) reasons.set(t.fingerprint, t.reason);
  const blocks = liveBlocks(root);
  const seen = new Map<string, number>();
  const matched = new Set<string>();
  let hidden = 0;
  for (const b of blocks) {
    const reason = reasons.get(b.fingerprint);
    if (!reason) continue;
    const n = (seen.get(b.fingerprint) ?? 0) + 1;
    seen.set(b.fingerprint, n);
    matched.add(b.fingerprint);
    if (n <= (opts.kept?.get(b.fingerprint) ?? 0)) continue; // a copy the article keeps
    if (b.el === doc.body || NEVER_HIDE.has(b.el.tagName.toUpperCase())) continue;
    if (isHidden(b.el)) continue;
    b.el.setAttribute(HIDDEN_ATTR, b.fingerprint);
    b.el.setAttribute(REASON_ATTR, reason);
    hidden++;
  }
  if (opts.hideContainers !== false) hideEmptiedContainers(blocks, root);
  if (hidden || doc.querySelector(`[${HIDDEN_ATTR}]`)) ensureStyle(doc);
  return { hidden, matched: [...matched], missing: [...reasons.keys()].filter((f) => !matched.has(f)) };
}

/** Show again the blocks with this fingerprint (and the wrappers hidden around them). Returns how many. */
export function restoreBlock(doc: Document, fp: string): number {
  const els = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}="${fp.replace(/[^\w-]/g, '')}"]`));
  for (const el of els) {
    el.removeAttribute(HIDDEN_ATTR);
    el.removeAttribute(REASON_ATTR);
    for (let p = el.parentElement; p; p = p.parentElement)
      if (p.getAttribute(HIDDEN_ATTR) === CONTAINER) p.removeAttribute(HIDDEN_ATTR);
  }
  removeStyleIfUnused(doc);
  return els.length;
}

/** Show everything we hid and remove our stylesheet: the page is as it was. Returns how many blocks were shown. */
export function restoreAll(doc: Document): number {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    if (el.getAttribute(HIDDEN_ATTR) !== CONTAINER) n++;
    el.removeAttribute(HIDDEN_ATTR);
    el.removeAttribute(REASON_ATTR);
  }
  doc.getElementById(STYLE_ID)?.remove();
  return n;
}

/** Fingerprints currently hidden on the page (each once). */
export function hiddenFingerprints(doc: Document): string[] {
  const out = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    const v = el.getAttribute(HIDDEN_ATTR);
    if (v && v !== CONTAINER) out.add(v);
  }
  return [...out];
}

export function isCleaned(doc: Document): boolean {
  return !!doc.querySelector(`[${HIDDEN_ATTR}]`);
}

/** Count the blocks of a clean article's text (blocks separated by blank lines) by fingerprint. */
export function keptCounts(articleText: string | null | undefined): Map<string, number> {
  const m = new Map<string, number>();
  if (!articleText) return m;
  for (const block of articleText.split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    const f = fingerprint(block);
    m.set(f, (m.get(f) ?? 0) + 1);
  }
  return m;
}

// ---------------------------------------------------------------------------------------------------------------
// Page furniture: the pipeline reports what it removed from the article; on the live page the clutter around the
// article (a view counter in the header, "Comments are closed.", a cookie bar, a share bar, related links) stands
// outside it. The same line rules, appeal rules and class hints the cleaner uses find it here, block by block.

export interface FurnitureHit {
  el: Element;
  text: string;
  fingerprint: string;
  reason: RemovalReason;
  rule: string;
}

/** Reasons not acted on outside the article: menus, skip links and footers keep the page usable. */
const PAGE_SKIP_REASONS = new Set<RemovalReason>(['navigation', 'author-bio', 'duplicate', 'site-memory', 'byline', 'caption', 'legal']);
const NAV_CONTAINERS = 'nav, [role="navigation"], [role="search"], form, menu, dialog[open]:not([role])';
const HINT_BOX_MAX = 600;
const INLINE_FURNITURE = new Set<RemovalReason>(['counter', 'share', 'comments']);

function hintOf(el: Element): RemovalReason | null {
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    const c = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
    if (!c.trim()) continue;
    for (const h of HINT_CLASSES) if (h.re.test(c)) return (e.textContent ?? '').length <= HINT_BOX_MAX ? h.reason : null;
  }
  return null;
}

function linkShare(el: Element, len: number): number {
  if (!len) return 0;
  if (el.tagName === 'A') return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return Math.min(1, linked / len);
}

function classify(el: Element, text: string): { reason: RemovalReason; rule: string } | null {
  const line = lineRule(text);
  if (line && !PAGE_SKIP_REASONS.has(line.reason)) return line;
  const appeal = appealScore(text);
  const hint = hintOf(el);
  if (appeal.score >= APPEAL_THRESHOLD || (appeal.score >= 1 && hint === 'donation'))
    return { reason: appeal.rules.some((r) => r.startsWith('appeal')) ? 'donation' : 'payment', rule: `page:${appeal.rules[0] ?? 'appeal'}` };
  if (hint && !PAGE_SKIP_REASONS.has(hint) && (text.length <= 160 || linkShare(el, text.length) > 0.5))
    return { reason: hint, rule: `page:hint:${hint}` };
  return null;
}

/** The largest inline element inside `block` whose text is exactly `el`'s (a counter's icon goes with it). */
function widestSameText(el: Element, block: Element, norm: string): Element {
  let best = el;
  for (let p = el.parentElement; p && p !== block; p = p.parentElement) {
    if (normalizeBlockText(blockText(p)) !== norm) break;
    best = p;
  }
  return best;
}

/**
 * Furniture outside the article on the live page. `kept` holds the fingerprints of the article's own blocks, which
 * are never returned; blocks inside menus, forms and search boxes are left alone.
 */
export function findPageFurniture(doc: Document, kept: ReadonlyMap<string, number> = new Map()): FurnitureHit[] {
  const body = doc.body;
  if (!body) return [];
  const hits: FurnitureHit[] = [];
  const add = (el: Element, text: string, fp: string, c: { reason: RemovalReason; rule: string }) =>
    hits.push({ el, text, fingerprint: fp, reason: c.reason, rule: c.rule });
  const blocks = liveBlocks(body);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (kept.has(b.fingerprint) || b.el.closest(NAV_CONTAINERS)) continue;
    const c = classify(b.el, b.text);
    if (c) {
      add(b.el, b.text, b.fingerprint, c);
      // A "Related posts" heading takes the list of links after it.
      if (c.reason === 'related' && /^H[1-6]$/.test(b.el.tagName)) {
        for (let n = b.el.nextElementSibling; n && /^(UL|OL|DIV)$/.test(n.tagName); n = n.nextElementSibling) {
          const t = blockText(n);
          if (!t || linkShare(n, t.length) < 0.6) break;
          add(n, t, fingerprint(t), { reason: 'related', rule: 'page:related:list' });
        }
      }
      continue;
    }
    // A counter or a share link inside a larger line (the date, the byline): hide that piece only.
    for (const inner of Array.from(b.el.querySelectorAll('span, a, div, small, em, strong, b, i'))) {
      const t = blockText(inner);
      if (!t || t.length > 60) continue;
      const line = lineRule(t);
      if (!line || !INLINE_FURNITURE.has(line.reason)) continue;
      if (hits.some((h) => h.el.contains(inner))) continue;
      const el = widestSameText(inner, b.el, normalizeBlockText(t));
      add(el, t, fingerprint(t), line);
    }
  }
  return hits;
}

/** Hide furniture hits (attribute value: the hit's fingerprint, so that restoreBlock works on them too). */
export function hideFurniture(doc: Document, hits: readonly FurnitureHit[]): number {
  let n = 0;
  for (const h of hits) {
    if (!h.el.isConnected || h.el.hasAttribute(HIDDEN_ATTR)) continue;
    h.el.setAttribute(HIDDEN_ATTR, h.fingerprint);
    h.el.setAttribute(REASON_ATTR, h.reason);
    n++;
  }
  if (n) {
    ensureStyle(doc);
    hideEmptiedContainers(liveBlocks(doc.body), doc.body);
  }
  return n;
}
