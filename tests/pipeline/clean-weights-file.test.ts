import { describe, it, expect } from 'vitest';
import { packedModel, modelOf, score, shippedModel, RANK_BLOCK, type WeightsFile } from '../../lib/clean/classifier';
import { FEATURE_BITS, type Features } from '../../lib/clean/features';
// @ts-expect-error: the training script's helpers are plain JavaScript
import { packInt8, dequantise } from '../../scripts/blocks/logreg.mjs';
import SHIPPED from '../../lib/clean/weights.json';

// The block classifier's weights ship as a bit a slot, the non-zero bytes and a count per block of slots (the page
// engine compiles the file on every article page: lib/clean/classifier.ts). Whatever the packing, every slot must
// weigh what the trainer quantised: one slot read wrong changes cleaning everywhere.
const SLOTS = 1 << FEATURE_BITS;
const SCALE = 0.03;

/** Invented int8 weights: zeros with non-zero slots at the edges of bytes and blocks, and a scatter of others. */
function invented(): Int8Array {
  const q = new Int8Array(SLOTS);
  for (const i of [0, 1, 7, 8, 63, 64, 65, 127, 128, 4095, SLOTS - 65, SLOTS - 64, SLOTS - 1]) q[i] = (i % 2 ? -1 : 1) * (1 + (i % 127));
  for (let i = 0, x = 12345; i < 40000; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; q[x % SLOTS] = ((x >>> 8) % 255) - 127; }
  return q;
}

const fileOf = (q: Int8Array): WeightsFile => ({ bits: FEATURE_BITS, bias: 0.25, scale: SCALE, ...packInt8(q) });

describe('the packed weights file', () => {
  it('gives every slot the weight the trainer quantised, zero or not', () => {
    const q = invented();
    const m = packedModel(fileOf(q));
    const wrong: number[] = [];
    for (let i = 0; i < SLOTS; i++) if (m.weight(i) !== q[i]! * SCALE) wrong.push(i);
    expect(wrong).toEqual([]);
  });

  it('scores a block as the same weights held in an array do', () => {
    const q = invented();
    const idx = Int32Array.from({ length: 3000 }, (_, k) => (k * 7919 + (k % 5)) % SLOTS);
    const f = { idx, val: Float64Array.from(idx, (_, k) => 1 + (k % 3)), grp: Uint8Array.from(idx, (_, k) => k % 4) } as unknown as Features;
    const packed = score(f, packedModel(fileOf(q)));
    const plain = score(f, modelOf({ bias: 0.25, w: Float64Array.from(q, (v) => v * SCALE) }));
    expect(packed.logit).toBe(plain.logit);
    expect(packed.by).toEqual(plain.by);
  });

  it('reads back in the trainer (dequantise) as it was packed', () => {
    const q = invented();
    const back = dequantise(fileOf(q)) as { w: Float32Array };
    expect(Array.from(back.w.slice(0, 200))).toEqual(Array.from(q.slice(0, 200), (v) => Math.fround(v * SCALE)));
  });

  it('shipped: a rank for each block of slots and one value for each set bit', () => {
    const file = SHIPPED as WeightsFile;
    const bits = Buffer.from(file.mask, 'base64').reduce((n, b) => { for (; b; b &= b - 1) n++; return n; }, 0);
    expect(Buffer.from(file.mask, 'base64').length).toBe(SLOTS / 8);
    expect(Buffer.from(file.ranks, 'base64').length).toBe((SLOTS / RANK_BLOCK) * 3);
    expect(Buffer.from(file.data, 'base64').length).toBe(bits);
    expect(shippedModel().weight(SLOTS - 1)).toBe(packedModel(file).weight(SLOTS - 1));
  });
});
