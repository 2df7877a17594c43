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

/** int8 weights with one scale, as base64. */
export function quantise(model) {
  let max = 0;
  for (const v of model.w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.w.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(model.w[i] / scale)));
  return { bias: model.bias, scale, data: Buffer.from(q.buffer).toString('base64') };
}

export function dequantise(file) {
  const q = new Int8Array(Buffer.from(file.data, 'base64'));
  return { bias: file.bias, w: Float32Array.from(q, (v) => v * file.scale) };
}

export const predict = (model, x) => { let z = model.bias; for (let t = 0; t < x.idx.length; t++) z += model.w[x.idx[t]] * x.val[t]; return 1 / (1 + Math.exp(-z)); };
