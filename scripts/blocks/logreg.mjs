// Logistic regression over hashed sparse features, trained by AdaGrad with L2, deterministic (fixed seed, fixed
// order); weights quantised to int8 with one scale for the committed file.
export const DEFAULTS = { epochs: 6, rate: 0.15, l2: 2e-6, posWeight: 1.0, seed: 7 };

function rng(seed) { let s = seed >>> 0; return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; }; }

/** examples: [{ idx, val, y, w }]; returns { bias, w: Float32Array }. */
export function train(examples, bits, opt = {}) {
  const o = { ...DEFAULTS, ...opt };
  const n = 1 << bits;
  const w = new Float64Array(n), g2 = new Float64Array(n);
  let bias = 0, gb = 0;
  const order = examples.map((_, i) => i);
  const rand = rng(o.seed);
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const x = examples[k];
      let z = bias;
      for (let t = 0; t < x.idx.length; t++) z += w[x.idx[t]] * x.val[t];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - x.y) * x.w * (x.y ? o.posWeight : 1);
      for (let t = 0; t < x.idx.length; t++) {
        const i = x.idx[t];
        const grad = g * x.val[t] + o.l2 * w[i];
        g2[i] += grad * grad;
        w[i] -= (o.rate * grad) / Math.sqrt(g2[i] + 1e-8);
      }
      gb += g * g; bias -= (o.rate * g) / Math.sqrt(gb + 1e-8);
    }
  }
  return { bias, w: Float32Array.from(w) };
}

/**
 * int8 weights with one scale, as lib/clean/classifier.ts reads them: a bit a slot set where the weight is not 0
 * (`mask`), per block of 64 slots the count of non-zero weights before it (`ranks`) and those weights in slot order
 * (`data`), all base64.
 */
export function quantise(model) {
  let max = 0;
  for (const v of model.w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(model.w[i] / scale)));
  return { bias: model.bias, scale, ...packInt8(q) };
}

const RANK_BLOCK = 64;

/** The mask, the ranks and the non-zero bytes of int8 weights (slot i is bit i & 7 of the mask's byte i >> 3). */
export function packInt8(q) {
  const mask = new Uint8Array(Math.ceil(q.length / 8));
  const ranks = new Uint8Array(Math.ceil(q.length / RANK_BLOCK) * 3);
  const values = [];
  for (let i = 0; i < q.length; i++) {
    if (i % RANK_BLOCK === 0) { const r = values.length, o = (i / RANK_BLOCK) * 3; ranks[o] = r & 255; ranks[o + 1] = (r >> 8) & 255; ranks[o + 2] = r >> 16; }
    if (q[i]) { mask[i >> 3] |= 1 << (i & 7); values.push(q[i] & 255); }
  }
  const b64 = (x) => Buffer.from(x).toString('base64');
  return { mask: b64(mask), ranks: b64(ranks), data: b64(values) };
}

export function dequantise(file) {
  const mask = Buffer.from(file.mask, 'base64'), values = Buffer.from(file.data, 'base64');
  const w = new Float32Array(mask.length * 8);
  for (let i = 0, k = 0; i < w.length; i++) if (mask[i >> 3] & (1 << (i & 7))) w[i] = ((values[k++] << 24) >> 24) * file.scale;
  return { bias: file.bias, w };
}

export const predict = (model, x) => { let z = model.bias; for (let t = 0; t < x.idx.length; t++) z += model.w[x.idx[t]] * x.val[t]; return 1 / (1 + Math.exp(-z)); };
