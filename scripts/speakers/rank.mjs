// The speaker ranker's learning: a conditional logit over each quotation's candidates (softmax of w·x), fitted by
// full-batch gradient descent with L2, from zero weights (deterministic: no sampling, no shuffling). A quotation
// whose speaker the gold names and some candidate matches teaches "that candidate"; one no candidate matches (or
// no gold speaker) teaches "nobody", since a wrong speaker is worse for a reader than none.

export const DEFAULTS = { iterations: 600, rate: 0.5, l2: 1e-3 };

function scores(w, cands) {
  const s = cands.map((c) => { let v = 0; for (let i = 0; i < w.length; i++) v += w[i] * c.x[i]; return v; });
  const m = Math.max(...s), e = s.map((v) => Math.exp(v - m)), z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** Fits the weights to samples [{ cands: [{ x, pos }] }] (only samples with a positive candidate). */
export function fit(samples, dim, opts = DEFAULTS) {
  const w = new Float64Array(dim), data = samples.filter((s) => s.cands.some((c) => c.pos));
  for (let it = 0; it < opts.iterations; it++) {
    const g = new Float64Array(dim);
    let loss = 0;
    for (const s of data) {
      const p = scores(w, s.cands), zp = s.cands.reduce((a, c, i) => a + (c.pos ? p[i] : 0), 0);
      loss -= Math.log(Math.max(zp, 1e-12));
      s.cands.forEach((c, i) => {
        const d = p[i] - (c.pos ? p[i] / zp : 0);
        for (let k = 0; k < dim; k++) g[k] += d * c.x[k];
      });
    }
    for (let k = 0; k < dim; k++) w[k] -= opts.rate * (g[k] / data.length + opts.l2 * w[k]);
    if (it === opts.iterations - 1) process.stderr.write(`loss ${(loss / data.length).toFixed(4)} over ${data.length} quotations\n`);
  }
  return w;
}

/** The chosen candidate: the best score, a tie to the cascade's answer (as lib/analysis/attribution/ranker.ts). */
export function choose(w, cands) {
  const sc = (c) => { let v = 0; for (let i = 0; i < w.length; i++) v += w[i] * c.x[i]; return v; };
  let bi = cands.findIndex((c) => c.cascade), bs = bi >= 0 ? sc(cands[bi]) : -Infinity;
  cands.forEach((c, i) => { const s = sc(c); if (s > bs) { bs = s; bi = i; } });
  return Math.max(0, bi);
}

/** The scorer's P, R and F1 when each quotation takes the candidate `pick(sample)`. */
export function figures(articles, pick) {
  let pred = 0, ok = 0, gold = 0, hit = 0;
  for (const a of articles) {
    const right = new Set();
    for (const s of a.samples) {
      const c = s.cands[pick(s)];
      if (!c || c.nobody) continue;
      pred++;
      if (c.rightFor.length) { ok++; for (const g of c.rightFor) right.add(g); }
    }
    gold += a.goldWithSource; hit += right.size;
  }
  const P = pred ? ok / pred : 0, R = gold ? hit / gold : 0;
  return { P, R, F: P + R ? 2 * P * R / (P + R) : 0, pred, ok, gold, hit };
}

