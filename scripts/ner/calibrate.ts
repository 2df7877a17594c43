// The temperature that turns a model's scores into honest probabilities: fitted on documents the model did not
// train on, by minimising the log loss of "this predicted mention is right" over a grid of temperatures.
import { Lattice, transitionFactors, viterbi } from '../../lib/analysis/ner/decode';
import { documentStats, sentenceFeatures } from '../../lib/analysis/ner/features';
import type { NerModel } from '../../lib/analysis/ner/model';
import { emissions } from '../../lib/analysis/ner/tagger';
import { isBegin, isInside } from '../../lib/analysis/ner/tags';
import type { TaggedDoc } from './corpus';

interface Case { emit: Float64Array; n: number; spans: { a: number; b: number; tag: number; right: boolean }[] }

function cases(model: NerModel, docs: readonly TaggedDoc[]): Case[] {
  const out: Case[] = [];
  for (const doc of docs) {
    const stats = documentStats(doc.map((s) => s.words));
    for (const s of doc) {
      const n = s.words.length, emit = emissions(model, sentenceFeatures(s.words, stats, model.features));
      const pred = viterbi(emit, model.transitions, n), spans: Case['spans'] = [];
      for (let i = 0; i < n; i++) {
        if (!isBegin(pred[i]!)) continue;
        let j = i + 1;
        while (j < n && isInside(pred[j]!) && pred[j] === pred[i]! + 1) j++;
        const goldEnd = s.tags[j] === pred[i]! + 1;
        let right = s.tags[i] === pred[i] && !goldEnd;
        for (let k = i + 1; k < j && right; k++) right = s.tags[k] === pred[i]! + 1;
        spans.push({ a: i, b: j, tag: pred[i]!, right });
        i = j - 1;
      }
      if (spans.length) out.push({ emit, n, spans });
    }
  }
  return out;
}

export function fitTemperature(model: NerModel, docs: readonly TaggedDoc[]): number {
  const cs = cases(model, docs);
  let best = 1, bestLoss = Infinity;
  for (let k = -8; k <= 24; k++) {
    const t = 2 ** (k / 4);
    let loss = 0;
    const factors = transitionFactors(model.transitions, t);
    for (const c of cs) {
      const lat = new Lattice(c.emit, factors, c.n, t);
      for (const sp of c.spans) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, lat.spanProbability(sp.a, sp.b, sp.tag)));
        loss -= Math.log(sp.right ? p : 1 - p);
      }
    }
    if (loss < bestLoss) { bestLoss = loss; best = t; }
  }
  return Math.round(best * 1000) / 1000;
}
