// npm run train:ner [-- --only en,multi]: trains every model from ../shared/corpus/ner and writes
// lib/analysis/ner/models/<lang>.bin. Deterministic: same data, same options → byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { corpusRoot, TRAIN, type CorpusPart } from './corpus';
import { buildCalibrated, docsOf, type WeightedDocs } from './build';
import { RECIPES } from './recipes';

const root = process.cwd();
const argv = process.argv.slice(2);
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
if (onlyArg === undefined) throw new Error('--only needs a comma-separated list of recipe names');
const only = onlyArg === null ? null : onlyArg.split(',');
if (!fs.existsSync(corpusRoot(root))) {
  console.error(`train:ner: ${corpusRoot(root)} not found (the corpora live in ../shared beside the checkout)`);
  process.exit(1);
}
const outDir = path.join(root, 'lib', 'analysis', 'ner', 'models');
fs.mkdirSync(outDir, { recursive: true });

for (const recipe of RECIPES) {
  if (only && !only.includes(recipe.lang)) continue;
  const parts: { part: CorpusPart; weight: number }[] = recipe.train.flatMap(([select, weight]) =>
    TRAIN.filter(select).map((part) => ({ part, weight })));
  const data: WeightedDocs[] = parts.map(({ part, weight }) => ({ docs: docsOf(root, part), weight }));
  const t0 = Date.now();
  const { bytes, model } = buildCalibrated(data, {
    lang: recipe.lang, epochs: recipe.epochs, maxFeatures: recipe.maxFeatures, features: recipe.features, delexicalised: recipe.delexicalised, nameChars: recipe.nameChars,
    about: { trainedOn: parts.map(({ part, weight }) => (weight === 1 ? part.name : `${part.name}×${weight}`)), licence: 'CC BY-SA 4.0 (see LICENSE.md)' },
  });
  const file = path.join(outDir, `${recipe.lang}.bin`);
  fs.writeFileSync(file, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  console.log(`${recipe.lang}.bin: ${model.size} features, temperature ${model.temperature}, ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped, sha256 ${sha}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
