// Development runs: train on some parts, score on held-out parts, print the figures. Not part of the product.
// node scripts/ner/run.mjs scripts/ner/experiment.ts --train en,pt --test uner-pt-dev [--no-words] [--epochs 8]
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { HELDOUT, TRAIN } from './corpus';
import { buildModel, docsOf } from './build';
import { evaluateSurfaces, evaluateText, evaluateTokens, formatScore, thresholds } from './evaluate';

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => { const i = argv.indexOf(k), v = i >= 0 ? argv[i + 1] : d; if (v === undefined) throw new Error(`${k} needs a value`); return v; };
const root = process.cwd();
const pick = (spec: string, from: typeof TRAIN) => spec.split(',').flatMap((x) => {
  const [name, w] = x.split('*');
  return from.filter((p) => p.lang === name || p.name === name || (name === 'latin' && p.lang !== 'zh') || name === 'all').map((p) => ({ p, w: Number(w ?? 1) }));
});
const trainParts = pick(opt('--train', 'en'), TRAIN).filter(({ p }) => !opt('--except', '').split(',').includes(p.lang));
const testParts = pick(opt('--test', 'uner-en-ewt-dev'), HELDOUT);
const modes = opt('--mode', 'tokens,text').split(',');
const t0 = performance.now();
const { bytes, model } = buildModel(trainParts.map(({ p, w }) => ({ docs: docsOf(root, p), weight: w })), {
 delexicalised: Number(opt('--delex', '0')), nameChars: argv.includes('--name-chars'),
  lang: 'dev', features: { words: !argv.includes('--no-words'), affixes: !argv.includes('--no-affixes') },
  epochs: Number(opt('--epochs', '8')), minCount: Number(opt('--min-count', '2')), maxFeatures: Number(opt('--max-features', 'Infinity')),
  log: argv.includes('--quiet') ? undefined : (m) => console.error(m),
});
console.log(`train ${trainParts.map(({ p, w }) => p.name + (w !== 1 ? '*' + w : '')).join(' ')}: ${model.size} features, ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gz, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
for (const { p } of testParts) {
  const docs = docsOf(root, p);
  const line = modes.map((m) => {
    const s = m === 'tokens' ? evaluateTokens(model, docs) : m === 'text' ? evaluateText(model, docs) : evaluateSurfaces(model, docs);
    return `${m} ${formatScore(s)}`;
  });
  console.log(`  ${p.name.padEnd(18)} ${line.join(' | ')}`);
  if (argv.includes('--thresholds')) console.log(`  ${''.padEnd(18)} ${thresholds(model, docs, [0, 0.5, 0.7, 0.8, 0.9, 0.95])}`);
}
