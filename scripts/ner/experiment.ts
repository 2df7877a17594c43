// Development runs: train on some parts, score on held-out parts, print the figures. Not part of the product.
// node scripts/ner/run.mjs scripts/ner/experiment.ts --train en,pt --test uner-pt-dev [--no-words] [--epochs 8]
//   [--hold wikigold,btc-a:5] (every 5th document of these training parts left out and scored, a held-out part of
//   the training material) [--out FILE] (the model's bytes, for parties-vs-tagger.ts --model: give it --lang en and
//   the shipped model's --temperature, which the parties' thresholds read)
import fs from 'node:fs';
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
// --regroup 8: parts read a sentence a document (tweets) read n consecutive sentences to a document instead
const regroup = Number(opt('--regroup', '0'));
const trainParts = pick(opt('--train', 'en'), TRAIN).filter(({ p }) => !opt('--except', '').split(',').includes(p.lang))
  .map(({ p, w }) => ({ p: regroup && p.grouping === 'each' ? { ...p, name: `${p.name}@${regroup}`, grouping: regroup } : p, w }));
const testParts = opt('--test', 'uner-en-ewt-dev') === 'none' ? [] : pick(opt('--test', 'uner-en-ewt-dev'), HELDOUT);
const [holdNames = '', holdK = '5'] = opt('--hold', '').split(':');
const held = (p: { name: string }) => holdNames.split(',').includes(p.name.split('@')[0]!);
const isHeld = (k: number) => k % Number(holdK) === Number(holdK) - 1;
const docsFor = (p: (typeof TRAIN)[number]) => (held(p) ? docsOf(root, p).filter((_, k) => !isHeld(k)) : docsOf(root, p));
const modes = opt('--mode', 'tokens,text').split(',');
const t0 = performance.now();
const { bytes, model } = buildModel(trainParts.map(({ p, w }) => ({ docs: docsFor(p), weight: w })), {
 delexicalised: Number(opt('--delex', '0')), wordDropout: Number(opt('--dropout', '0')), nameChars: argv.includes('--name-chars'),
  lang: opt('--lang', 'dev'), temperature: Number(opt('--temperature', '1')), features: { words: !argv.includes('--no-words'), affixes: !argv.includes('--no-affixes') },
  epochs: Number(opt('--epochs', '8')), seed: Number(opt('--seed', '1')), minCount: Number(opt('--min-count', '2')), maxFeatures: Number(opt('--max-features', 'Infinity')),
  log: argv.includes('--quiet') ? undefined : (m) => console.error(m),
});
console.log(`train ${trainParts.map(({ p, w }) => p.name + (w !== 1 ? '*' + w : '')).join(' ')}: ${model.size} features, ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gz, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
if (argv.includes('--out')) fs.writeFileSync(opt('--out', ''), bytes);
const tests = [...testParts.map(({ p }) => ({ name: p.name, docs: docsOf(root, p) })),
  ...TRAIN.filter(held).map((p) => ({ name: `${p.name} held`, docs: docsOf(root, p).filter((_, k) => isHeld(k)) }))];
for (const p of tests) {
  const docs = p.docs;
  const line = modes.map((m) => {
    const s = m === 'tokens' ? evaluateTokens(model, docs) : m === 'text' ? evaluateText(model, docs) : evaluateSurfaces(model, docs);
    return `${m} ${formatScore(s)}`;
  });
  console.log(`  ${p.name.padEnd(18)} ${line.join(' | ')}`);
  if (argv.includes('--thresholds')) console.log(`  ${''.padEnd(18)} ${thresholds(model, docs, [0, 0.5, 0.7, 0.8, 0.9, 0.95])}`);
}
