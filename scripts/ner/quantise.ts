// From trained float weights to the shipped model: one scale for every weight (the largest weights beyond the
// 99.99th percentile clipped), rounding to signed bytes, rows that round to zero dropped, and, for a size budget,
// only the rows with the largest weights kept.
import { NUM_TAGS as T } from '../../lib/analysis/ner/tags';
import type { Trained } from './perceptron';

export interface Quantised { keys: Uint32Array; weights: Int8Array; transitions: Float32Array; scale: number }

export function quantise(t: Trained, maxFeatures = Infinity): Quantised {
  const mags = Float64Array.from(t.weights, Math.abs).filter((x) => x > 0).sort();
  const clip = mags.length ? mags[Math.min(mags.length - 1, Math.floor(mags.length * 0.9999))]! : 1;
  const scale = 127 / clip;
  const q = Int8Array.from(t.weights, (x) => Math.max(-127, Math.min(127, Math.round(x * scale))));
  const rows: { r: number; mass: number }[] = [];
  for (let r = 0; r < t.keys.length; r++) {
    let mass = 0;
    for (let k = 0; k < T; k++) mass += Math.abs(q[r * T + k]!);
    if (mass > 0) rows.push({ r, mass });
  }
  // the heaviest rows when over budget (ties broken by row, which is hash order: deterministic), then hash order
  const kept = rows.length > maxFeatures ? rows.sort((a, b) => b.mass - a.mass || a.r - b.r).slice(0, maxFeatures) : rows;
  kept.sort((a, b) => a.r - b.r);
  const keys = new Uint32Array(kept.length), weights = new Int8Array(kept.length * T);
  kept.forEach(({ r }, k) => { keys[k] = t.keys[r]!; weights.set(q.subarray(r * T, r * T + T), k * T); });
  return { keys, weights, transitions: Float32Array.from(t.transitions), scale };
}
