// An averaged structured perceptron over hashed features: Viterbi under the BIO constraints, updates where the
// best path and the gold path differ, weights averaged over every step. Deterministic: features are numbered in
// sorted hash order and sentences shuffled by a seeded generator.
import { viterbi } from '../../lib/analysis/ner/decode';
import type { SentenceFeatures } from '../../lib/analysis/ner/features';
import { NUM_TAGS as T } from '../../lib/analysis/ner/tags';

export interface TrainSentence {
  feats: SentenceFeatures;
  tags: ArrayLike<number>;
  /** How many times the sentence is seen an epoch (up-weights a language's own data). */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount: number;
  log?: (msg: string) => void;
}

export interface Trained {
  /** Sorted feature hashes; row k of `weights` belongs to keys[k]. */
  keys: Uint32Array;
  weights: Float64Array;
  transitions: Float64Array;
}

export interface Encoded { rows: Int32Array; offs: Int32Array; tags: Int32Array; weight: number }

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function featureIndex(data: readonly TrainSentence[], minCount: number): { keys: Uint32Array; index: Map<number, number> } {
  const counts = new Map<number, number>();
  for (const s of data) for (const h of s.feats.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const kept: number[] = [];
  for (const [h, c] of counts) if (c >= minCount) kept.push(h);
  const keys = Uint32Array.from(kept).sort();
  const index = new Map<number, number>();
  keys.forEach((h, r) => index.set(h, r));
  return { keys, index };
}

function encode(s: TrainSentence, index: Map<number, number>): Encoded {
  const rows: number[] = [], offs = [0];
  const { hashes, offsets } = s.feats;
  for (let i = 0; i + 1 < offsets.length; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) { const r = index.get(hashes[k]!); if (r !== undefined) rows.push(r); }
    offs.push(rows.length);
  }
  return { rows: Int32Array.from(rows), offs: Int32Array.from(offs), tags: Int32Array.from(s.tags), weight: s.weight ?? 1 };
}

class Averaged {
  w: Float64Array; acc: Float64Array;
  constructor(n: number) { this.w = new Float64Array(n); this.acc = new Float64Array(n); }
  add(k: number, v: number, c: number) { this.w[k]! += v; this.acc[k]! += v * c; }
  average(c: number): Float64Array { return this.w.map((x, k) => x - this.acc[k]! / c); }
}

function scores(s: Encoded, w: Float64Array, emit: Float64Array) {
  const n = s.tags.length;
  emit.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    for (let k = s.offs[i]!; k < s.offs[i + 1]!; k++) {
      const base = s.rows[k]! * T;
      for (let t = 0; t < T; t++) emit[i * T + t]! += w[base + t]!;
    }
  }
}

function update(s: Encoded, gold: Int32Array, pred: Int32Array, em: Averaged, tr: Averaged, c: number) {
  const n = gold.length, g = gold;
  for (let i = 0; i < n; i++) {
    if (g[i] !== pred[i]) {
      for (let k = s.offs[i]!; k < s.offs[i + 1]!; k++) { em.add(s.rows[k]! * T + g[i]!, 1, c); em.add(s.rows[k]! * T + pred[i]!, -1, c); }
    }
    const gp = i ? g[i - 1]! : -1, pp = i ? pred[i - 1]! : -1;
    if (gp !== pp || g[i] !== pred[i]) { tr.add((gp + 1) * T + g[i]!, 1, c); tr.add((pp + 1) * T + pred[i]!, -1, c); }
  }
}

/** Features numbered, sentences encoded as rows, and the order of one epoch (a sentence once per unit of weight). */
export function encodeAll(data: readonly TrainSentence[], minCount: number, log?: (msg: string) => void) {
  const { keys, index } = featureIndex(data, minCount);
  const encoded = data.map((s) => encode(s, index));
  const order: number[] = [];
  encoded.forEach((s, k) => { for (let r = 0; r < s.weight; r++) order.push(k); });
  log?.(`${keys.length} features, ${order.length} sentences an epoch`);
  return { keys, encoded, order };
}

export function train(data: readonly TrainSentence[], opt: TrainOptions): Trained {
  const { keys, encoded, order } = encodeAll(data, opt.minCount, opt.log);
  const em = new Averaged(keys.length * T), tr = new Averaged((T + 1) * T);
  const maxLen = Math.max(1, ...encoded.map((s) => s.tags.length));
  const emit = new Float64Array(maxLen * T);
  const rand = mulberry32(opt.seed);
  let c = 1;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(rand() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    let errors = 0, tokens = 0;
    for (const idx of order) {
      const s = encoded[idx]!, n = s.tags.length;
      scores(s, em.w, emit);
      const pred = viterbi(emit, tr.w, n), gold = s.tags;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) errors++;
      tokens += n;
      update(s, gold, pred, em, tr, c);
      c++;
    }
    opt.log?.(`epoch ${epoch + 1}: ${(100 * errors / tokens).toFixed(2)}% tokens wrong`);
  }
  return { keys, weights: em.average(c), transitions: tr.average(c) };
}
