// Features: a block's signals and context as the sparse vector the classifier reads, hashed into 2^FEATURE_BITS
// slots. Each feature belongs to one kind of evidence (its group), so that a decision can say which kinds spoke
// for a removal and require two of them. The training script (scripts/train-blocks.mjs) builds its vectors with
// this same code, so that training and use cannot drift apart.
import type { BlockInfo } from './context';
import { isProse, isSentence, type BlockSignals } from './signals';

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** Kinds of evidence. 'words' is the only one that depends on a language's words. */
export const GROUPS = ['words', 'shape', 'links', 'markup', 'payment', 'form', 'self', 'position', 'repetition', 'box'] as const;
export type Group = (typeof GROUPS)[number];

export interface Features { idx: number[]; val: number[]; grp: number[] }

function hashStr(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
/** The slot of a named feature. Names and words recur from block to block: each is hashed once (a cold page
 * hashes in the interpreter, a character at a time). */
export function slotOf(g: Group, name: string): number {
  const key = `${g}:${name}`;
  let slot = slotMemo.get(key);
  if (slot === undefined) { slot = hashStr(key) & MASK; remember(slotMemo, key, slot); }
  return slot;
}
const slotMemo = new Map<string, number>();
const wordMemo = new Map<string, number>();
const remember = (m: Map<string, number>, k: string, v: number) => { if (m.size > 20000) m.clear(); m.set(k, v); };
/** Each group's index in GROUPS. */
const GROUP_INDEX = Object.fromEntries(GROUPS.map((g, k) => [g, k])) as Record<Group, number>;

const bin = (x: number, edges: number[]) => { let k = 0; while (k < edges.length && x >= edges[k]!) k++; return k; };
const LEN_EDGES = [10, 20, 40, 80, 160, 320, 640];
const DENSITY = (d: number) => (d === 0 ? 0 : d < 0.3 ? 1 : d < 0.7 ? 2 : d < 0.95 ? 3 : 4);

/** Characters of a block the n-grams read: its start and its end (long prose says nothing more in its middle). */
function sample(norm: string): string {
  const s = norm.length > 160 ? `${norm.slice(0, 100)} ${norm.slice(-60)}` : norm;
  return ` ${s.replace(/\d/g, '0')} `;
}

const NGRAM_SEED = hashStr('words:3');

function addNgrams(f: Features, norm: string, wordsList: string[]): void {
  const g = GROUP_INDEX.words;
  const s = sample(norm);
  const n3 = Math.max(1, s.length - 2);
  const w3 = 1 / Math.sqrt(n3);
  const seed = NGRAM_SEED;
  // FNV-1a over each three characters, the multiplication by the FNV prime (2^24 + 403) written out: a cold page runs
  // this loop in the interpreter, where Math.imul is a call (exact: the sum stays below 2^53 before >>> 0).
  // Stored by index, not pushed: a push is a call in the interpreter.
  const { idx, val, grp } = f;
  let n = idx.length, c0 = s.charCodeAt(0), c1 = s.charCodeAt(1);
  for (let i = 2; i < s.length; i++, n++) {
    const c2 = s.charCodeAt(i);
    let x = seed ^ c0, h = ((x << 24) + x * 403) >>> 0;
    x = h ^ c1; h = ((x << 24) + x * 403) >>> 0;
    x = h ^ c2; h = ((x << 24) + x * 403) >>> 0;
    idx[n] = h & MASK; val[n] = w3; grp[n] = g;
    c0 = c1; c1 = c2;
  }
  const ws = wordsList.slice(0, 40);
  const ww = 1 / Math.sqrt(Math.max(1, ws.length));
  for (const w of ws) {
    let slot = wordMemo.get(w);
    if (slot === undefined) { slot = hashStr(w, seed ^ 0x9e3779b9) & MASK; remember(wordMemo, w, slot); }
    f.idx.push(slot); f.val.push(ww); f.grp.push(g);
  }
  if (norm.length <= 40) { f.idx.push(slotOf('words', `line=${norm.replace(/\d/g, '0')}`)); f.val.push(1); f.grp.push(g); }
}

type Add = (g: Group, name: string, v?: number) => void;
const adder = (f: Features): Add => (g, name, v = 1) => { f.idx.push(slotOf(g, name)); f.val.push(v); f.grp.push(GROUP_INDEX[g]); };

/** The feature vector of one block in its context. */
export function blockFeatures(b: BlockInfo): Features {
  const f: Features = { idx: [], val: [], grp: [] };
  const add = adder(f);
  const s = b.s;
  const lb = bin(s.len, LEN_EDGES), db = DENSITY(s.linkDensity);
  // shape: how long, how many sentences, what element
  add('shape', `len${lb}`);
  add('shape', `sent${Math.min(3, s.sentences)}`);
  add('shape', `len${lb}-term${+s.terminal}`);
  add('shape', `tag=${s.heading ? 'h' : s.tag}`);
  if (s.heading) add('shape', `h${s.heading}-len${Math.min(lb, 4)}`);
  add('shape', `digits${bin(s.digitShare, [0.01, 0.1, 0.3])}`);
  if (s.listItem) add('shape', `li-len${lb}`);
  if (s.tableCell) add('shape', 'td');
  if (s.caption) add('shape', 'caption');
  if (s.quoted) add('shape', 'quoted');
  if (s.shape) add('shape', `shape=${s.shape}`);
  addLinksAndMarkup(s, add, lb, db);
  // words: n-grams and phrases (the only language-bound kind)
  addNgrams(f, s.norm, s.words);
  if (s.phrase) add('words', `phrase=${s.phrase.mode}:${s.phrase.reason}`);
  if (s.weakAppeal) add('words', 'appeal-weak');
  if (s.period) add('words', 'period');
  addAppeal(s, add, lb);
  // position in the article
  add('position', `pos${Math.min(4, Math.floor(b.position * 5))}`);
  if (b.beforeProse) add('position', `before-prose-len${Math.min(lb, 4)}`);
  if (b.afterProse) add('position', `after-prose-len${Math.min(lb, 4)}`);
  if (b.index === 0) add('position', 'first');
  addRepetition(b, add, lb);
  const p = b.prev, n = b.next;
  if (p?.heading) add('position', 'after-heading');
  if (p && p.linkDensity > 0.7) add('position', 'prev-linky');
  if (n && n.linkDensity > 0.7) add('position', 'next-linky');
  const text = (x: BlockSignals | null) => !!x && (isProse(x) || isSentence(x));
  if (text(p) && text(n)) add('position', `between-text-len${Math.min(lb, 4)}-d${db}`);
  addBox(b, add, lb);
  return f;
}

/**
 * Only the features of the kinds of evidence a paragraph of prose can be removed on (links, markup, payment, form
 * and site name, repetition: lib/clean/decide.ts): a few slots, where the whole vector has hundreds (its n-grams).
 * Each group's features come in blockFeatures' order, so each group adds up to the same sum.
 */
export function structuralFeatures(b: BlockInfo): Features {
  const f: Features = { idx: [], val: [], grp: [] };
  const add = adder(f), lb = bin(b.s.len, LEN_EDGES);
  addLinksAndMarkup(b.s, add, lb, DENSITY(b.s.linkDensity));
  addAppeal(b.s, add, lb);
  addRepetition(b, add, lb);
  return f;
}

function addLinksAndMarkup(s: BlockSignals, add: Add, lb: number, db: number): void {
  // links: how much of the text is linked, and where the links lead (nothing for a block without links)
  if (s.links || s.linkDensity) {
    add('links', `d${db}`);
    add('links', `d${db}-len${lb}`);
    add('links', `n${bin(s.links, [1, 2, 4, 8])}`);
  }
  for (const k of s.linkKinds) { add('links', `to=${k}`); add('links', `to=${k}-d${db}`); }
  // markup: what the class and id words of the block and its boxes give away
  // Only class words that say something everywhere ("share", "newsletter"): a site's own names do not generalise.
  if (s.hint) { add('markup', `hint=${s.hint}`); add('markup', `hint=${s.hint}-len${Math.min(lb, 5)}`); }
}

function addAppeal(s: BlockSignals, add: Add, lb: number): void {
  // payment: identifiers, services, amounts
  if (s.payment.identifier) add('payment', `id=${s.payment.identifier.split(':')[0]}`);
  if (s.payment.inProse) add('payment', 'id-in-prose');
  if (s.payment.service) add('payment', 'service');
  if (s.payment.serviceInProse) add('payment', 'service-in-prose');
  if (s.payment.amounts) add('payment', `amounts${Math.min(3, s.payment.amounts)}-len${Math.min(lb, 5)}`);
  if (s.payment.periodic) add('payment', 'periodic');
  // form controls, the site's own name
  if (s.controls) add('form', 'controls');
  if (s.self) { add('self', 'names-site'); add('self', `names-site-len${Math.min(lb, 5)}`); }
}

/** Repetition in the article, on the page, across the site. */
function addRepetition(b: BlockInfo, add: Add, lb: number): void {
  if (b.copies > 1) { add('repetition', `copies${Math.min(3, b.copies)}`); add('repetition', `copies-len${Math.min(lb, 5)}`); }
  if (b.onPage) { add('repetition', 'on-page'); add('repetition', `on-page-len${Math.min(lb, 5)}`); }
  if (b.siteKnown) { add('repetition', 'site'); add('repetition', `site-len${Math.min(lb, 5)}`); }
}

function addBox(b: BlockInfo, add: Add, lb: number): void {
  const bs = b.boxStats;
  if (!bs) { add('box', 'none'); return; }
  add('box', `blocks${bin(bs.blocks, [2, 4, 9])}`);
  const prose = bs.len ? bs.proseLen / bs.len : 0, linked = bs.len ? bs.linkedLen / bs.len : 0;
  add('box', `prose${bin(prose, [0.01, 0.5, 0.9])}-len${Math.min(lb, 5)}`);
  add('box', `linked${bin(linked, [0.3, 0.7])}`);
  if (bs.controls) add('box', 'controls');
  if (bs.identifier) add('box', 'identifier');
}
