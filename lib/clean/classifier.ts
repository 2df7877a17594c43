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

/**
 * The shipped weights: int8 values with one scale. Four slots in five weigh nothing, so the file holds a bit a slot
 * (`mask`: slot i is bit i & 7 of byte i >> 3, set where the weight is not 0), the non-zero bytes in slot order
 * (`data`) and, per block of 64 slots, how many of those come before it (`ranks`, 3 bytes little-endian), all
 * base64: 125 KB of text instead of 350 KB. The page engine carries this file and compiles it on every article page
 * (the page's own classifier, lib/page/plan.ts), so its size is time on each page (docs/performance.md, engine49).
 */
export interface WeightsFile { bits: number; bias: number; scale: number; mask: string; ranks: string; data: string }

/** Slots a rank counts from. */
export const RANK_BLOCK = 64;

/** Set bits of each byte value. */
const POP8 = new Uint8Array(256);
for (let i = 1; i < 256; i++) POP8[i] = (i & 1) + POP8[i >> 1]!;

const weightOfByte = (b: number, scale: number) => (b > 127 ? b - 256 : b) * scale;

/** The shipped model: its weights' bytes kept beside it, so that scoring reads them without a call per slot. `known`
 * holds each decoded byte plus one: a fresh array is all zeros (not decoded yet) without a fill of its 2^18 slots. */
interface PackedModel extends Model { mask: string; ranks: string; data: string; scale: number; known: Int16Array }

/**
 * The int8 weight of slot `i`, as a byte (0..255): 0 where the mask has no bit, else the value at its rank (the
 * block's count, then the bits before it in the block: at most 7 bytes read). Nothing is decoded up front: a page
 * looks up a few thousand slots, and a loop over the whole mask would cost a cold page more than its cleaning.
 */
function slotByte(m: PackedModel, i: number): number {
  const at = i >>> 3, byte = m.mask.charCodeAt(at), bit = 1 << (i & 7);
  if (!(byte & bit)) return 0;
  const r3 = (i >>> 6) * 3;
  let rank = m.ranks.charCodeAt(r3) | (m.ranks.charCodeAt(r3 + 1) << 8) | (m.ranks.charCodeAt(r3 + 2) << 16);
  for (let b = (i >>> 6) << 3; b < at; b++) rank += POP8[m.mask.charCodeAt(b)]!;
  return m.data.charCodeAt(rank + POP8[byte & (bit - 1)]!);
}

/** A model from a weights file (the shipped one; tests give invented ones). Its base64 is decoded natively, as
 * strings of one byte a character. */
export function packedModel(file: WeightsFile): Model {
  if (file.bits !== FEATURE_BITS) throw new Error(`weights for ${file.bits} bits, features use ${FEATURE_BITS}: run npm run train:blocks`);
  const m: PackedModel = {
    bias: file.bias, weight: (i) => weightOfByte(slotByte(m, i), file.scale), scale: file.scale,
    mask: atob(file.mask), ranks: atob(file.ranks), data: atob(file.data), known: new Int16Array(1 << file.bits),
  };
  return m;
}

let shipped: PackedModel | null = null;
/** The model committed with the code. */
export function shippedModel(): Model {
  shipped ??= packedModel(WEIGHTS as WeightsFile) as PackedModel;
  return shipped;
}

/** The weighted sum of the features, per group of evidence. Sums are kept in an array and the shipped weights are
 * decoded in the loop: a cold page runs this in the interpreter, where each call and each property named by a
 * variable costs more than the arithmetic. */
export function score(f: Features, model: Model = shippedModel()): Score {
  const acc = new Float64Array(GROUPS.length);
  const { idx, val, grp } = f;
  let z = model.bias;
  const packed = 'mask' in model ? (model as PackedModel) : null;
  const scale = packed?.scale ?? 0, known = packed?.known;
  for (let k = 0; k < idx.length; k++) {
    let w: number;
    if (packed) {
      // Slots recur (common n-grams, words, named features): each is decoded once, then read from `known`.
      const i = idx[k]!;
      let b = known![i]! - 1;
      if (b < 0) known![i] = (b = slotByte(packed, i)) + 1;
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
