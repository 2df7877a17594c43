// Features of each token, as 32-bit hashes: the word and its neighbours (lower-case), word shapes, affixes,
// capitalisation in context, and evidence from the whole document that does not depend on a language's words:
// how often the same word is written capitalised or lower-case elsewhere (away from a sentence start), how often
// it repeats, and whether its line is in title case. Training and tagging call the same code on token strings.

import { feature, feature2, hashRange, hashString } from './hash';
import { hasLetter } from '../text/props';
import { documentStats, type DocStats } from './doc-stats';
import { capClass, initialFlags, isCharScript, isTitleLine, shapeOf, Cap } from './word-class';
import { nameCharBands, nameCharFeatures, nameCharKey } from './name-chars';

export { documentStats, type DocStats } from './doc-stats';

/** Which families of features a model uses (kept in its header, so tagging computes what training did). */
export interface FeatureSet {
  /** Word identity (the word and its neighbours, lower-case). Off: shape, affix and document features only. */
  words: boolean;
  /** Prefixes and suffixes. */
  affixes: boolean;
  /** Han and kana characters by how often they stand in a name (name-chars.ts), learnt from the training data. */
  nameChars?: string[];
}

export const ALL_FEATURES: FeatureSet = { words: true, affixes: true };

/** Feature templates (a template's number is mixed into each of its hashes). */
export const T = {
  BIAS: 0, W: 1, WP: 2, WN: 3, WP2: 4, WN2: 5, WPW: 6, WWN: 7, SH: 8, SHP: 9, SHN: 10, SHPW: 11, SHWN: 12,
  P2: 13, P3: 14, S2: 15, S3: 16, S4: 17, CAP: 18, DOC: 19, REP: 20, RUN: 21, WPCAP: 22, WNCAP: 23, LEN: 24,
  TITLE: 25, CHAR3: 26, LAST: 27, CHARP2: 28, CHARN2: 29, CHARSKIP: 30,
} as const;

export const PAD_PREV = hashString('<s>'), PAD_NEXT = hashString('</s>');

/** Per-sentence token facts the feature templates read. */
interface Facts {
  lower: string[];
  lowerHash: number[];
  shapeHash: number[];
  cap: number[];
  initial: boolean[];
}

function facts(words: readonly string[]): Facts {
  const lower = words.map((w) => w.toLowerCase());
  return {
    lower, lowerHash: lower.map(hashString), shapeHash: words.map((w) => hashString(shapeOf(w))), cap: words.map(capClass),
    initial: initialFlags(words),
  };
}

/** Where a token stands in a run of capitalised tokens: 0 alone, 1 first, 2 inside, 3 last (plus 4 × run length, capped). */
export function runPosition(cap: ArrayLike<number>, i: number): number {
  if (!inRun(cap, i)) return -1;
  let a = i, b = i;
  while (inRun(cap, a - 1)) a--;
  while (inRun(cap, b + 1)) b++;
  const pos = a === b ? 0 : i === a ? 1 : i === b ? 3 : 2;
  return pos + 4 * Math.min(b - a + 1, 4);
}

/** Whether token k is capitalised (a run of capitals is made of these): false outside the sentence. */
function inRun(cap: ArrayLike<number>, k: number): boolean {
  if (k < 0 || k >= cap.length) return false;
  const c = cap[k];
  return c === Cap.UPPER || c === Cap.CAPS || c === Cap.MIXED;
}

export function lengthBucket(n: number): number {
  return n <= 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : n <= 10 ? 4 : 5;
}

export function affixFeatures(out: Scratch, lower: string) {
  const n = lower.length;
  if (n < 3 || !hasLetter(lower)) return;
  out.push(feature(T.P2, hashRange(lower, 0, 2)), feature(T.S2, hashRange(lower, n - 2, n)));
  if (n >= 4) out.push(feature(T.P3, hashRange(lower, 0, 3)), feature(T.S3, hashRange(lower, n - 3, n)));
  if (n >= 5) out.push(feature(T.S4, hashRange(lower, n - 4, n)));
}

/** Han and kana, tagged a character at a time: character n-grams around the token stand in for words. */
export function charFeatures(out: Scratch, h: ArrayLike<number>, i: number, p: number, nx: number) {
  const p2 = i > 1 ? h[i - 2]! : PAD_PREV, n2 = i + 2 < h.length ? h[i + 2]! : PAD_NEXT;
  out.push(feature2(T.CHAR3, feature2(T.CHAR3, p, h[i]!), nx), feature2(T.CHARP2, p2, p), feature2(T.CHARN2, nx, n2));
  out.push(feature2(T.CHARSKIP, p, nx));
}

function wordFeatures(out: Scratch, f: Facts, i: number) {
  const n = f.lower.length, h = f.lowerHash;
  const p = i > 0 ? h[i - 1]! : PAD_PREV, nx = i + 1 < n ? h[i + 1]! : PAD_NEXT;
  out.push(feature(T.W, h[i]!), feature(T.WP, p), feature(T.WN, nx));
  out.push(feature(T.WP2, i > 1 ? h[i - 2]! : PAD_PREV), feature(T.WN2, i + 2 < n ? h[i + 2]! : PAD_NEXT));
  out.push(feature2(T.WPW, p, h[i]!), feature2(T.WWN, h[i]!, nx));
  out.push(feature2(T.WPCAP, p, f.cap[i]!), feature2(T.WNCAP, nx, f.cap[i]!));
  if (f.cap[i] === Cap.UNCASED && isCharScript(f.lower[i]!)) charFeatures(out, h, i, p, nx);
}

/** A growing buffer of hashes (one allocation for the sentence's array instead of a number[] per token). */
export class Scratch {
  private static buf = new Uint32Array(4096);
  n = 0;
  push(a: number, b?: number, c?: number, d?: number) {
    if (this.n + 4 > Scratch.buf.length) { const buf = new Uint32Array(Scratch.buf.length * 2); buf.set(Scratch.buf); Scratch.buf = buf; }
    const buf = Scratch.buf;
    buf[this.n++] = a;
    if (b !== undefined) buf[this.n++] = b;
    if (c !== undefined) buf[this.n++] = c;
    if (d !== undefined) buf[this.n++] = d;
  }
  take(): Uint32Array { return Scratch.buf.slice(0, this.n); }
  at(k: number): number { return Scratch.buf[k]!; }
  /** Copies hashes [0, n) to `to` at `at`. */
  copyTo(to: Int32Array | Uint32Array, at: number) { to.set(Scratch.buf.subarray(0, this.n), at); }
}

/** A sentence's features: token i's hashes are `hashes[offsets[i]]` up to `hashes[offsets[i + 1]]`. */
export interface SentenceFeatures {
  hashes: Uint32Array;
  offsets: Int32Array;
}

/**
 * The features of every token of one sentence (`stats`: the document's evidence, documentStats over all its
 * sentences).
 */
export function sentenceFeatures(words: readonly string[], stats: DocStats, set: FeatureSet = ALL_FEATURES): SentenceFeatures {
  const f = facts(words), n = words.length, title = isTitleLine(f.cap);
  const fs = new Scratch(), offsets = new Int32Array(n + 1);
  const bands = set.words && set.nameChars ? nameCharBands(set.nameChars, words) : null;
  for (let i = 0; i < n; i++) {
    const cap = f.cap[i]!, sh = f.shapeHash;
    const shP = i > 0 ? sh[i - 1]! : PAD_PREV, shN = i + 1 < n ? sh[i + 1]! : PAD_NEXT;
    fs.push(feature(T.BIAS, 0), feature(T.SH, sh[i]!), feature(T.SHP, shP), feature(T.SHN, shN));
    fs.push(feature2(T.SHPW, shP, sh[i]!), feature2(T.SHWN, sh[i]!, shN));
    fs.push(feature(T.CAP, cap * 2 + (f.initial[i] ? 1 : 0)), feature(T.LEN, lengthBucket(words[i]!.length) * 8 + cap));
    fs.push(feature(T.RUN, runPosition(f.cap, i) + 1), feature(T.LAST, i === n - 1 ? 1 : 0));
    fs.push(feature(T.TITLE, (title ? 16 : 0) + cap));
    fs.push(feature(T.DOC, stats.evidence(f.lower[i]!, cap, f.initial[i]!) * 8 + cap));
    fs.push(feature(T.REP, stats.repetition(f.lower[i]!) * 8 + cap));
    if (set.words) wordFeatures(fs, f, i);
    if (set.affixes) affixFeatures(fs, f.lower[i]!);
    if (bands && bands[i] && f.cap[i] === Cap.UNCASED) nameCharFeatures(fs, nameCharKey(bands, i));
    offsets[i + 1] = fs.n;
  }
  return { hashes: fs.take(), offsets };
}

/** Features of every sentence of a document (sentences as arrays of token strings). */
export function documentFeatures(doc: readonly (readonly string[])[], set: FeatureSet = ALL_FEATURES): SentenceFeatures[] {
  const stats = documentStats(doc);
  return doc.map((s) => sentenceFeatures(s, stats, set));
}
