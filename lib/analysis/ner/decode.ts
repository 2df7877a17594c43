// Decoding a sentence: the best tag sequence by Viterbi under the BIO constraints, and the probability of one
// mention (its exact span and type) by forward–backward over the same scores (divided by a temperature), read as
// a linear-chain CRF's.
// Scores: `emit[i * T + t]` for token i and tag t; `trans[(a + 1) * T + b]` for b after a (row 0: sentence start).

import { allowed, isInside, NUM_TAGS as T } from './tags';

// ALLOWED[(a + 1) * T + b]: may b follow a (a = -1: the start).
const ALLOWED = new Uint8Array((T + 1) * T);
for (let a = -1; a < T; a++) for (let b = 0; b < T; b++) ALLOWED[(a + 1) * T + b] = allowed(a, b) ? 1 : 0;

// What may follow what, without index tables: an I- tag (inside) only continues its B- tag (inside - 1) or itself;
// every other tag may follow any tag. The loops below visit the allowed pairs in ascending order of the other tag,
// so every sum and every comparison is the same, to the bit, as over the full table with the forbidden pairs
// skipped; they read no table of indices, which a cold page (run mostly before the code is optimised) pays for at
// each step.
const INSIDE = Uint8Array.from({ length: T }, (_, t) => (isInside(t) ? 1 : 0));

/** The best tag of each token (n tokens). */
export function viterbi(emit: Float64Array, trans: Float32Array | Float64Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T), back = new Int32Array(n * T);
  for (let b = 0; b < T; b++) score[b] = ALLOWED[b] ? trans[b]! + emit[b]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * T, last = row - T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity, arg = 0;
      const from = INSIDE[b] ? b - 1 : 0, to = INSIDE[b] ? b : T - 1;
      for (let a = from; a <= to; a++) {
        const s = score[last + a]! + trans[(a + 1) * T + b]!;
        if (s > best) { best = s; arg = a; }
      }
      score[row + b] = best + emit[row + b]!;
      back[row + b] = arg;
    }
  }
  let best = -Infinity;
  for (let b = 0; b < T; b++) if (score[(n - 1) * T + b]! > best) { best = score[(n - 1) * T + b]!; tags[n - 1] = b; }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/**
 * exp(score / temperature) of every transition (0 where the BIO constraints forbid it): worked out once a model
 * and temperature, and shared by every sentence's lattice.
 */
export function transitionFactors(trans: Float32Array | Float64Array, temperature: number): Float64Array {
  return Float64Array.from(trans, (x, k) => (ALLOWED[k] ? Math.exp(x / temperature) : 0));
}

/**
 * Forward and backward sums of a sentence in probability space, each position scaled to sum to one (no
 * logarithms in the loops: a sentence costs n × T exponentials).
 */
export class Lattice {
  private alpha: Float64Array;
  private beta: Float64Array;
  private scale: Float64Array;
  private e: Float64Array;

  /** `from`: the backward sums are needed only from that token on (no span asked about ends before it). */
  constructor(emit: Float64Array, private m: Float64Array, readonly n: number, temperature: number, from = 0) {
    const e = this.e = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let t = 0; t < T; t++) max = Math.max(max, emit[i * T + t]!);
      for (let t = 0; t < T; t++) e[i * T + t] = Math.exp((emit[i * T + t]! - max) / temperature);
    }
    const alpha = this.alpha = new Float64Array(n * T), beta = this.beta = new Float64Array(n * T);
    const scale = this.scale = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const row = i * T, last = row - T;
      let sum = 0;
      for (let b = 0; b < T; b++) {
        let s = 0;
        if (i === 0) s = m[b]!;
        else {
          const from = INSIDE[b] ? b - 1 : 0, to = INSIDE[b] ? b : T - 1;
          for (let a = from; a <= to; a++) s += alpha[last + a]! * m[(a + 1) * T + b]!;
        }
        sum += alpha[row + b] = s * e[row + b]!;
      }
      const sc = scale[i] = sum || 1e-300;
      for (let b = 0; b < T; b++) alpha[row + b]! /= sc;
    }
    for (let a = 0; a < T; a++) beta[(n - 1) * T + a] = 1;
    for (let i = n - 2; i >= from; i--) {
      const row = i * T, after = row + T, sc = scale[i + 1]!;
      for (let a = 0; a < T; a++) {
        let s = 0;
        for (let b = 0; b < T; b++) {
          if (INSIDE[b] && b !== a && b !== a + 1) continue;
          s += m[(a + 1) * T + b]! * e[after + b]! * beta[after + b]!;
        }
        beta[row + a] = s / sc;
      }
    }
  }

  /** Probability that tokens [first, last) are exactly one mention tagged begin, begin + 1, … (and no more); `last` >= from. */
  spanProbability(first: number, last: number, begin: number): number {
    const { m, e, scale } = this, inside = begin + 1;
    let p = this.alpha[first * T + begin]!, prev = begin;
    for (let k = first + 1; k < last; k++) { p *= m[(prev + 1) * T + inside]! * e[k * T + inside]! / scale[k]!; prev = inside; }
    if (last < this.n) {
      let s = 0;
      for (let b = 0; b < T; b++) if (b !== inside) s += m[(prev + 1) * T + b]! * e[last * T + b]! * this.beta[last * T + b]!;
      p *= s / scale[last]!;
    }
    return Math.min(1, p);
  }
}
