// Hide and restore on the live page the reader is looking at. Pure DOM functions (no browser or WXT import), so
// that they run the same in the tab and in tests.
//
// An element is hidden by a data attribute of ours that one stylesheet of ours hides; its value names what can be
// restored together: a block's fingerprint (a block the pipeline removed, found again by its text) or a region's
// group (`page:menu`, `page:related`… what lies outside the article, lib/page/furniture.ts). Nothing else of the
// page is touched: restoring removes our attributes and our stylesheet, and the page is exactly as before (its own
// `hidden` attributes, classes and styles are never changed). The one exception: a loose text outside the article,
// which no element carries, is moved into an element of ours while hidden and put back on Restore (loose-text.ts).
//
// Blocks are cut as lib/blocks.ts cuts them (a block-level element with no block-level element inside, or an
// inline element beside blocks): late content and site memory are found by the fingerprint of a block's text.
import { blockText, isBlockTag } from '../blocks';
import { fingerprint } from '../fingerprint';
import { SLOT_ATTR, SLOT_CSS, isGridItem } from './grid-slot';
import { LOOSE_TAG } from './loose-text';

/** Attribute on a hidden element; its value is the block's fingerprint, or `container` for an emptied wrapper. */
export const HIDDEN_ATTR = 'data-clearpage-hidden';
/** Attribute with the removal reason, for the stylesheet's debug outline and for tests. */
export const REASON_ATTR = 'data-clearpage-reason';
export const STYLE_ID = 'clearpage-live-style';
/** The id of an emptied wrapper hidden around hidden blocks: restored with them, never counted. */
export const CONTAINER = 'container';
/** Elements that are no box of visible content: a plan neither judges nor hides them. */
export const NO_BOX = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'TITLE', 'HEAD', 'BR', 'WBR', 'SOURCE', 'TRACK']);

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

/** Add our stylesheet (once): every element we mark is hidden by it. */
export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `[${HIDDEN_ATTR}]:not([${SLOT_ATTR}]){display:none!important}${SLOT_CSS}`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function removeStyleIfUnused(doc: Document): void {
  if (!doc.querySelector(`[${HIDDEN_ATTR}]`)) doc.getElementById(STYLE_ID)?.remove();
}

const isHidden = (el: Element) => el.hasAttribute(HIDDEN_ATTR);

/** Mark `el` hidden under `id`; a grid item becomes an empty slot (lib/page/grid-slot.ts), read before marking. */
function mark(el: Element, id: string, reason?: string): void {
  const slot = isGridItem(el);
  el.setAttribute(HIDDEN_ATTR, id);
  if (reason) el.setAttribute(REASON_ATTR, reason);
  if (slot) el.setAttribute(SLOT_ATTR, '');
}

function unmark(el: Element): void {
  el.removeAttribute(HIDDEN_ATTR);
  el.removeAttribute(REASON_ATTR);
  el.removeAttribute(SLOT_ATTR);
}
export const hiddenByUs = (el: Element): boolean => {
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
    mark(p, CONTAINER);
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
    mark(b.el, b.fingerprint, reason);
    hidden++;
  }
  if (opts.hideContainers !== false) hideEmptiedContainers(blocks, root);
  if (hidden || doc.querySelector(`[${HIDDEN_ATTR}]`)) ensureStyle(doc);
  return { hidden, matched: [...matched], missing: [...reasons.keys()].filter((f) => !matched.has(f)) };
}

/**
 * Hide one element under `id` (a fingerprint or a region's group) with `reason`; false when it is already hidden by
 * us (itself or a box around it). The caller adds the stylesheet once (ensureStyle) after a batch.
 */
export function hideElement(el: Element, id: string, reason: string): boolean {
  if (hiddenByUs(el)) return false;
  mark(el, id, reason);
  return true;
}

/** Show again the blocks with this fingerprint (and the wrappers hidden around them). Returns how many. */
export function restoreBlock(doc: Document, fp: string): number {
  const els = Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}="${fp.replace(/[^\w:-]/g, '')}"]`));
  for (const el of els) {
    unmark(el);
    for (let p = el.parentElement; p; p = p.parentElement) if (p.getAttribute(HIDDEN_ATTR) === CONTAINER) unmark(p);
  }
  removeStyleIfUnused(doc);
  return els.length;
}

/** Show everything we hid and remove our stylesheet: the page is as it was. Returns how many blocks were shown. */
export function restoreAll(doc: Document): number {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    if (el.getAttribute(HIDDEN_ATTR) !== CONTAINER) n++;
    unmark(el);
  }
  // Loose texts go back where they stood, out of our wrappers (loose-text.ts).
  for (const w of Array.from(doc.getElementsByTagName(LOOSE_TAG))) w.replaceWith(...Array.from(w.childNodes));
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

/** How many elements are hidden now, by reason (wrappers of emptied boxes not counted). */
export function hiddenByReason(doc: Document): Record<string, number> {
  const out: Record<string, number> = {};
  for (const el of Array.from(doc.querySelectorAll(`[${REASON_ATTR}]`))) {
    if (el.getAttribute(HIDDEN_ATTR) === CONTAINER) continue;
    const r = el.getAttribute(REASON_ATTR) ?? '';
    out[r] = (out[r] ?? 0) + 1;
  }
  return out;
}

/** Apply hiding steps (elements with what restores them and why); returns how many were hidden. */
export function applyHiding(doc: Document, steps: ReadonlyArray<{ el: Element; id: string; reason: string; text?: Text }>): number {
  let n = 0;
  for (const s of steps) {
    // A loose text is wrapped in the step's element of ours first (again after a Restore unwrapped it).
    if (s.text && !s.el.isConnected && s.text.isConnected && s.text.parentNode) { s.text.before(s.el); s.el.append(s.text); }
    if (!s.el.isConnected || hiddenByUs(s.el)) continue;
    mark(s.el, s.id, s.reason);
    if (s.reason && s.id !== CONTAINER) n++;
  }
  if (n) ensureStyle(doc);
  return n;
}
