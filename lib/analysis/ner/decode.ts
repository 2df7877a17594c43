// Decoding a sentence: the best tag sequence by Viterbi under the BIO constraints, and the probability of one
// mention (its exact span and type) by forward–backward over the same scores, read as a linear-chain CRF's.
// Scores: `emit[i * T + t]` for token i and tag t; `trans[(a + 1) * T + b]` for b after a (row 0: sentence start).

import { allowed, NUM_TAGS as T } from './tags';

// ALLOWED[(a + 1) * T + b]: may b follow a (a = -1: the start).
const ALLOWED = new Uint8Array((T + 1) * T);
for (let a = -1; a < T; a++) for (let b = 0; b < T; b++) ALLOWED[(a + 1) * T + b] = allowed(a, b) ? 1 : 0;

/** The best tag of each token (n tokens). */
export function viterbi(emit: Float64Array, trans: Float32Array | Float64Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * T), back = new Int32Array(n * T);
  for (let b = 0; b < T; b++) score[b] = ALLOWED[b] ? trans[b] + emit[b] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let b = 0; b < T; b++) {
      let best = -Infinity, arg = 0;
      for (let a = 0; a < T; a++) {
        if (!ALLOWED[(a + 1) * T + b]) continue;
        const s = score[(i - 1) * T + a] + trans[(a + 1) * T + b];
        if (s > best) { best = s; arg = a; }
      }
      score[i * T + b] = best + emit[i * T + b];
      back[i * T + b] = arg;
    }
  }
  let best = -Infinity;
  for (let b = 0; b < T; b++) if (score[(n - 1) * T + b] > best) { best = score[(n - 1) * T + b]; tags[n - 1] = b; }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}

function logSumExp(xs: Float64Array, from: number, count: number): number {
  let m = -Infinity;
  for (let k = 0; k < count; k++) if (xs[from + k] > m) m = xs[from + k];
  if (m === -Infinity) return m;
  let s = 0;
  for (let k = 0; k < count; k++) s += Math.exp(xs[from + k] - m);
  return m + Math.log(s);
}

/** Forward and backward log scores of a sentence, with scores divided by `temperature`. */
export class Lattice {
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  readonly logZ: number;
  private e: Float64Array;
  private t: Float64Array;

  constructor(emit: Float64Array, trans: Float32Array, readonly n: number, temperature: number) {
    this.e = emit.map((x) => x / temperature);
    this.t = Float64Array.from(trans, (x, k) => (ALLOWED[k] ? x / temperature : -Infinity));
    this.alpha = new Float64Array(n * T);
    this.beta = new Float64Array(n * T);
    const tmp = new Float64Array(T);
    for (let b = 0; b < T; b++) this.alpha[b] = this.t[b] + this.e[b];
    for (let i = 1; i < n; i++) for (let b = 0; b < T; b++) {
      for (let a = 0; a < T; a++) tmp[a] = this.alpha[(i - 1) * T + a] + this.t[(a + 1) * T + b];
      this.alpha[i * T + b] = logSumExp(tmp, 0, T) + this.e[i * T + b];
    }
    for (let i = n - 2; i >= 0; i--) for (let a = 0; a < T; a++) {
      for (let b = 0; b < T; b++) tmp[b] = this.t[(a + 1) * T + b] + this.e[(i + 1) * T + b] + this.beta[(i + 1) * T + b];
      this.beta[i * T + a] = logSumExp(tmp, 0, T);
    }
    this.logZ = logSumExp(this.alpha, (n - 1) * T, T);
  }

  /** Probability that tokens [first, last) are exactly one mention tagged begin, begin + 1, … (and no more). */
  spanProbability(first: number, last: number, begin: number): number {
    const inside = begin + 1;
    let s = this.alpha[first * T + begin], prev = begin;
    for (let k = first + 1; k < last; k++) { s += this.t[(prev + 1) * T + inside] + this.e[k * T + inside]; prev = inside; }
    if (last < this.n) {
      const tmp = new Float64Array(T).fill(-Infinity);
      for (let b = 0; b < T; b++) if (b !== inside) tmp[b] = this.t[(prev + 1) * T + b] + this.e[last * T + b] + this.beta[last * T + b];
      s += logSumExp(tmp, 0, T);
    }
    return Math.min(1, Math.exp(s - this.logZ));
  }
}
