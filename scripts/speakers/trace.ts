// Bundled by scripts/train-speakers.mjs: one PolNeAR text through the CLI's own path (text → page → Readability →
// clean → analysis, with the tagger's model), returning the speaker ranker's candidates for every quotation.
import fs from 'node:fs';
import path from 'node:path';
import { processInput } from '../../cli/process';
import { analyzeArticle, modelFile, parseModel, type NerModel } from '../../lib/analysis';
import type { RankerWeights, RankTrace } from '../../lib/analysis/attribution';

const models = new Map<string, NerModel>();
function ner(dir: string, file: string): NerModel {
  let m = models.get(file);
  if (!m) { const b = fs.readFileSync(path.join(dir, file)); models.set(file, m = parseModel(new Uint8Array(b.buffer, b.byteOffset, b.byteLength))); }
  return m;
}

export interface Traced { text: string; traces: RankTrace[]; quotes: { text: string; speaker: string | null; speakerMention: string | null }[] }

/** The article text the analysis saw and the ranker's candidates (ranker null: the rule cascade's answers). */
export function traceFile(file: string, modelsDir: string, ranker: RankerWeights | null): Traced {
  const out: Traced = { text: '', traces: [], quotes: [] };
  const res = processInput({
    file, bytes: fs.readFileSync(file), force: true,
    analyze: (input) => {
      out.text = input.text;
      return analyzeArticle(input, { ner: ner(modelsDir, modelFile(input)), attribution: { ranker, trace: (t) => out.traces.push(t) } });
    },
  });
  if ('quotes' in res) out.quotes = res.quotes;
  return out;
}
export { FEATURES } from '../../lib/analysis/attribution/candidates';
