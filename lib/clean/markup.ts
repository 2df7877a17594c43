// Markup: what the class and id names of a block and of its boxes give away ("share-bar" → share), and which kinds
// of element it stands in (a quotation, a figure, a list, a table cell). Blocks of one box share their ancestors, so
// each ancestor is read once a page (a Memo), not once a block: a cold page reads them in the interpreter, and
// linkedom answers every attribute and parent with code of its own.
import { classAndId } from '../dom';
import type { RemovalReason } from '../types';
import TABLES from '../rules/clean-tables.json';
import type { HintTable } from './clean-tables';

/**
 * Words of class and id names, lower-cased: each name's parts (split at punctuation, digits and camelCase) and, for
 * a name of several parts, the name itself with dashes ("supportBox", "support_box" → support, box, support-box).
 */
export function classWords(el: Element): string[] {
  const raw = classAndId(el);
  if (!raw.trim()) return [];
  // Blocks of one box share its ancestors: each class string is read once.
  const known = wordsOfClass.get(raw);
  if (known) return known;
  const out: string[] = [];
  for (const name of raw.split(/\s+/)) {
    const parts = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 2 && w.length <= 24);
    out.push(...parts);
    if (parts.length > 1 && parts.length <= 4) out.push(parts.join('-'));
  }
  if (wordsOfClass.size > 5000) wordsOfClass.clear();
  wordsOfClass.set(raw, out);
  return out;
}
const wordsOfClass = new Map<string, string[]>();

/** lib/rules/class-hints.json as scripts/gen-clean-tables.mjs writes it: per reason, whole words and beginnings. */
const HINTS = TABLES.hints as HintTable[];
/** The reason a class word gives away ("share-bar" → share), or null. */
export function hintOfWord(w: string): RemovalReason | null {
  const known = hintOf.get(w);
  if (known !== undefined) return known;
  const h = hintOfNewWord(w);
  if (hintOf.size > 5000) hintOf.clear();
  hintOf.set(w, h);
  return h;
}
const hintOf = new Map<string, RemovalReason | null>();

function hintOfNewWord(w: string): RemovalReason | null {
  for (const h of HINTS) if (h.exact.includes(w) || h.prefixes.some((p) => w.startsWith(p))) return h.reason as RemovalReason;
  return null;
}

/** What one pass over an article's blocks has read of their ancestors. Made per pass: the tree changes between. */
export interface Memo {
  tags: WeakMap<Element, number>;
  boxes: WeakMap<Element, { box: string[]; hint: RemovalReason | null }>;
}
export const newMemo = (): Memo => ({ tags: new WeakMap(), boxes: new WeakMap() });

/** Kinds of element a block can stand in, one bit each (the element itself or any ancestor). */
export const IN_QUOTE = 1, IN_FIGURE = 2, IN_LIST_ITEM = 4, IN_CELL = 8, IN_NAV = 16;
const TAG_BITS: Record<string, number> = { BLOCKQUOTE: IN_QUOTE, Q: IN_QUOTE, FIGURE: IN_FIGURE, FIGCAPTION: IN_FIGURE, LI: IN_LIST_ITEM, TD: IN_CELL, TH: IN_CELL, NAV: IN_NAV };

/** The IN_* bits of the element and its ancestors, each ancestor read once per memo (a loop, not recursion: pages
 * nest deeply). */
export function enclosingTags(el: Element, memo: Memo): number {
  const path: Element[] = [];
  let bits = 0;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.tags.get(e);
    if (known !== undefined) { bits = known; break; }
    path.push(e);
  }
  for (let k = path.length - 1; k >= 0; k--) {
    bits |= TAG_BITS[path[k]!.tagName.toUpperCase()] ?? 0;
    memo.tags.set(path[k]!, bits);
  }
  return bits;
}

const rootLength = new WeakMap<Element, number>();
/**
 * Class and id words of the block (own) and of its ancestors below `root` (box, nearest first, at most 6 boxes).
 * A box's words give a hint only when the box is small beside the article: a wrapper of the whole body with a class
 * like "share-enabled" says nothing about its blocks.
 */
export function markupWords(el: Element, root: Element | null, memo: Memo): { own: string[]; box: string[]; hint: RemovalReason | null } {
  const own = classWords(el);
  let hint: RemovalReason | null = null;
  for (const w of own) { hint ??= hintOfWord(w); }
  const parent = el.parentElement;
  if (!parent) return { own, box: [], hint };
  let boxes = memo.boxes.get(parent);
  if (!boxes) { boxes = boxWords(parent, root); memo.boxes.set(parent, boxes); }
  return { own, box: boxes.box, hint: hint ?? boxes.hint };
}

/** The words of `first` and its ancestors below `root` (six at most), and the hint of the nearest small one. */
function boxWords(first: Element, root: Element | null): { box: string[]; hint: RemovalReason | null } {
  const box: string[] = [];
  let hint: RemovalReason | null = null;
  let rootLen = root ? rootLength.get(root) : 0;
  if (root && rootLen === undefined) { rootLen = (root.textContent ?? '').length; rootLength.set(root, rootLen); }
  const maxBox = Math.max(600, (rootLen ?? 0) * 0.25);
  let depth = 0;
  for (let p: Element | null = first; p && p !== root && depth < 6; p = p.parentElement, depth++) {
    if (p.tagName === 'BODY' || p.tagName === 'HTML') break;
    const words = classWords(p);
    if (!words.length) continue;
    box.push(...words);
    if (hint) continue;
    const h = words.map(hintOfWord).find(Boolean) ?? null;
    if (h && (p.textContent ?? '').length <= maxBox) hint = h;
  }
  return { box, hint };
}
