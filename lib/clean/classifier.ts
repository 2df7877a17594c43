// The block classifier: logistic regression over the hashed features of lib/clean/features.ts, with weights
// learnt by scripts/train-blocks.mjs (lib/clean/weights.json: int8 weights and their scale, made from fundus,
// AEB and the boilerplate fixtures). It gives the probability that a block is boilerplate and how much each kind
// of evidence added to it, so that a decision can require two kinds and say which.
import WEIGHTS from './weights.json';
import { FEATURE_BITS, GROUPS, type Features, type Group } from './features';

export interface Model { bias: number; w: Float32Array }

export interface Score {
  /** Probability that the block is boilerplate (0..1). */
  p: number;
  logit: number;
  /** What each kind of evidence added to the logit. */
  by: Record<Group, number>;
}

interface WeightsFile { bits: number; bias: number; scale: number; data: string }

function decode(file: WeightsFile): Model {
  if (file.bits !== FEATURE_BITS) throw new Error(`weights for ${file.bits} bits, features use ${FEATURE_BITS}: run npm run train:blocks`);
  const bin = atob(file.data);
  const w = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) { const b = bin.charCodeAt(i); w[i] = (b > 127 ? b - 256 : b) * file.scale; }
  return { bias: file.bias, w };
}

let shipped: Model | null = null;
/** The model committed with the code. */
export function shippedModel(): Model {
  shipped ??= decode(WEIGHTS as WeightsFile);
  return shipped;
}

export function score(f: Features, model: Model = shippedModel()): Score {
  const by = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  let z = model.bias;
  for (let k = 0; k < f.idx.length; k++) {
    const c = model.w[f.idx[k]] * f.val[k];
    z += c;
    by[GROUPS[f.grp[k]]] += c;
  }
  return { p: 1 / (1 + Math.exp(-z)), logit: z, by };
}
