// The block classifier: logistic regression over the hashed features of lib/clean/features.ts, with weights
// learnt by scripts/train-blocks.mjs (lib/clean/weights.json: int8 weights and their scale, made from fundus,
// AEB and the boilerplate fixtures). It gives the probability that a block is boilerplate and how much each kind
// of evidence added to it, so that a decision can require two kinds and say which.
import WEIGHTS from './weights.json';
import { FEATURE_BITS, GROUPS, type Features, type Group } from './features';

/** A model: its bias and its weight for a feature slot. */
export interface Model { bias: number; weight(slot: number): number }

/** A model from weights in an array (what the training script holds). */
export const modelOf = (m: { bias: number; w: ArrayLike<number> }): Model => ({ bias: m.bias, weight: (i) => m.w[i]! });

export interface Score {
  /** Probability that the block is boilerplate (0..1). */
  p: number;
  logit: number;
  /** What each kind of evidence added to the logit. */
  by: Record<Group, number>;
  /** What the structural kinds alone added (links, markup, payment, form, self, repetition; the others 0), when they
   * can be read without the whole score (lazyScore). */
  structural?: Record<Group, number>;
}

interface WeightsFile { bits: number; bias: number; scale: number; data: string }

const B64 = new Int8Array(128);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => { B64[c.charCodeAt(0)] = i; });

/**
 * The int8 weights read straight from their base64 text, one slot at a time: a page looks up a few thousand slots,
 * so decoding all 2^18 of them up front would cost more than the whole cleaning.
 */
function byteAt(data: string, i: number): number {
  const g = (i / 3) | 0, j = i - g * 3, o = g * 4;
  const c0 = B64[data.charCodeAt(o)]!, c1 = B64[data.charCodeAt(o + 1)]!, c2 = B64[data.charCodeAt(o + 2)]!, c3 = B64[data.charCodeAt(o + 3)]!;
  return j === 0 ? (c0 << 2) | (c1 >> 4) : j === 1 ? ((c1 & 15) << 4) | (c2 >> 2) : ((c2 & 3) << 6) | c3;
}
const weightOfByte = (b: number, scale: number) => (b > 127 ? b - 256 : b) * scale;
const weightAt = (data: string, scale: number, i: number) => weightOfByte(byteAt(data, i), scale);

/** The shipped model: its weights' text kept beside it, so that scoring reads them without a call per slot. `known`
 * holds each decoded byte plus one: a fresh array is all zeros (not decoded yet) without a fill of its 2^18 slots. */
interface PackedModel extends Model { data: string; scale: number; known: Int16Array }

function decode(file: WeightsFile): PackedModel {
  if (file.bits !== FEATURE_BITS) throw new Error(`weights for ${file.bits} bits, features use ${FEATURE_BITS}: run npm run train:blocks`);
  const { data, scale } = file;
  return { bias: file.bias, weight: (i) => weightAt(data, scale, i), data, scale, known: new Int16Array(1 << file.bits) };
}

let shipped: PackedModel | null = null;
/** The model committed with the code. */
export function shippedModel(): Model {
  shipped ??= decode(WEIGHTS as WeightsFile);
  return shipped;
}

/** The weighted sum of the features, per group of evidence. Sums are kept in an array and the shipped weights are
 * decoded in the loop: a cold page runs this in the interpreter, where each call and each property named by a
 * variable costs more than the arithmetic. */
export function score(f: Features, model: Model = shippedModel()): Score {
  const acc = new Float64Array(GROUPS.length);
  const { idx, val, grp } = f;
  let z = model.bias;
  const packed = 'data' in model ? (model as PackedModel) : null;
  const data = packed?.data ?? '', scale = packed?.scale ?? 0, known = packed?.known;
  for (let k = 0; k < idx.length; k++) {
    let w: number;
    if (packed) {
      // Slots recur (common n-grams, words, named features): each is decoded once, then read from `known`.
      const i = idx[k]!;
      let b = known![i]! - 1;
      if (b < 0) known![i] = (b = byteAt(data, i)) + 1;
      w = weightOfByte(b, scale);
    } else w = model.weight(idx[k]!);
    const c = w * val[k]!;
    z += c;
    acc[grp[k]!]! += c;
  }
  const by = {} as Record<Group, number>;
  GROUPS.forEach((g, k) => { by[g] = acc[k]!; });
  return { p: 1 / (1 + Math.exp(-z)), logit: z, by };
}

/**
 * A score read only when asked for: a paragraph of prose the decisions settle without it (no structural evidence,
 * lib/clean/decide.ts) is never scored whole. `structural` scores only the features of the structural kinds (a few
 * slots, where the whole block has hundreds of n-grams). Whatever reads it gets what score() gives.
 */
export function lazyScore(compute: () => Score, structural?: () => Score): Score {
  let sc: Score | null = null, st: Score | null = null;
  const get = () => (sc ??= compute());
  return {
    get p() { return get().p; }, get logit() { return get().logit; }, get by() { return get().by; },
    get structural() { return sc || !structural ? get().by : (st ??= structural()).by; },
  };
}
