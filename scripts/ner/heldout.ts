// The tagger's figures on data it never saw (see eval/ner-heldout.mjs for the usage).
// Default: each shipped model on the held-out splits of its language, and the multilingual model on all of them.
// --kfold K: wikigold K-fold (the English recipe trained without the fold, scored on it).
// --lolo: leave one language out: the multilingual recipe trained without a language, scored on its dev split.
// --only en,pt: restrict to these languages.
import fs from 'node:fs';
import path from 'node:path';
import { parseModel, type NerModel } from '../../lib/analysis/ner/model';
import { modelFileFor } from '../../lib/analysis/ner';
import { corpusRoot, HELDOUT, TRAIN, type CorpusPart } from './corpus';
import { buildModel, docsOf, type WeightedDocs } from './build';
import { evaluateSurfaces, evaluateText, evaluateTokens, formatScore, thresholds, type Score } from './evaluate';
import { RECIPES } from './recipes';

const root = process.cwd();
const argv = process.argv.slice(2);
const arg = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : null);
const only = arg('--only')?.split(',') ?? null;
const modes = (arg('--mode') ?? 'tokens,text,surfaces').split(',');
if (!fs.existsSync(corpusRoot(root))) { console.log(`ner-heldout: skipped, ${corpusRoot(root)} not found`); process.exit(0); }

const models = new Map<string, NerModel>();
function shipped(file: string): NerModel {
  let m = models.get(file);
  if (!m) models.set(file, m = parseModel(new Uint8Array(fs.readFileSync(path.join(root, 'lib/analysis/ner/models', file)))));
  return m;
}

function line(label: string, model: NerModel, docs: Parameters<typeof evaluateTokens>[1]) {
  const score = (m: string): Score => (m === 'tokens' ? evaluateTokens(model, docs) : m === 'text' ? evaluateText(model, docs) : evaluateSurfaces(model, docs));
  console.log(`  ${label.padEnd(34)} ${modes.map((m) => `${m} ${formatScore(score(m))}`).join('\n  '.padEnd(38))}`);
}

function recipeData(lang: string, drop: (p: CorpusPart) => boolean = () => false): WeightedDocs[] {
  const recipe = RECIPES.find((r) => r.lang === lang)!;
  return recipe.train.flatMap(([select, weight]) => TRAIN.filter((p) => select(p) && !drop(p)).map((p) => ({ docs: docsOf(root, p), weight })));
}
const recipeOptions = (lang: string) => { const r = RECIPES.find((x) => x.lang === lang)!; return { lang, epochs: r.epochs, maxFeatures: r.maxFeatures, features: r.features, delexicalised: r.delexicalised, nameChars: r.nameChars }; };

if (argv.includes('--kfold')) {
  const k = Number(arg('--kfold')) || 5;
  const wiki = TRAIN.find((p) => p.name === 'wikigold')!, docs = docsOf(root, wiki);
  console.log(`wikigold ${k}-fold: the en recipe trained without the fold (${docs.length} documents), scored on it`);
  const fold = (d: number) => d % k;
  for (let f = 0; f < k; f++) {
    const data = recipeData('en', (p) => p.name === 'wikigold');
    data.push({ docs: docs.filter((_, d) => fold(d) !== f), weight: RECIPES.find((r) => r.lang === 'en')!.train.find(([s]) => s(wiki))?.[1] ?? 1 });
    line(`wikigold fold ${f + 1}/${k}`, buildModel(data, recipeOptions('en')).model, docs.filter((_, d) => fold(d) === f));
  }
} else if (argv.includes('--lolo')) {
  console.log('leave one language out: the multi recipe trained without the language, scored on its held-out split');
  const langs = [...new Set(HELDOUT.map((p) => p.lang))].filter((l) => !only || only.includes(l));
  for (const lang of langs) {
    const model = buildModel(recipeData('multi', (p) => p.lang === lang), recipeOptions('multi')).model;
    for (const part of HELDOUT.filter((p) => p.lang === lang)) line(`multi without ${lang}: ${part.name}`, model, docsOf(root, part));
  }
} else {
  console.log('shipped models on held-out splits (never trained on)');
  for (const part of HELDOUT.filter((p) => !only || only.includes(p.lang))) {
    const file = modelFileFor(part.lang);
    line(`${file} on ${part.name}`, shipped(file), docsOf(root, part));
    if (argv.includes('--thresholds')) console.log(`  ${''.padEnd(34)} by probability: ${thresholds(shipped(file), docsOf(root, part))}`);
    if (file !== 'multi.bin') line(`multi.bin on ${part.name}`, shipped('multi.bin'), docsOf(root, part));
  }
  if (!only || only.includes('en')) {
    console.log('seen in training (not a held-out figure):');
    line('en.bin on wikigold (trained on it)', shipped('en.bin'), docsOf(root, TRAIN.find((p) => p.name === 'wikigold')!));
  }
}
