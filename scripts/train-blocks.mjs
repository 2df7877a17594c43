// Trains the block classifier (npm run train:blocks): builds the labelled blocks of scripts/blocks/dataset.mjs from
// ../shared (fundus-dev, aeb-dev, the boilerplate and seed fixtures), fits logistic regression over the hashed
// features of lib/clean/features.ts, and writes lib/clean/weights.json (int8 weights and their scale). Deterministic:
// the same data and code give the same file. The pages are their publishers' copyright: only these derived
// statistics go into the repo, never page text. Held-out figures: node eval/blocks-heldout.mjs.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as D from './blocks/dataset.mjs';
import { train, quantise, predict, DEFAULTS } from './blocks/logreg.mjs';

if (!fs.existsSync(path.join(D.shared, 'corpus'))) { console.log(`no ${D.shared}/corpus: nothing to train on`); process.exit(1); }
const lib = await D.loadLib();
const ds = D.dataset(lib, D.pages(), (id) => process.stderr.write(`extracted ${id}\n`));
const examples = ds.flatMap(D.weighted);
const pos = examples.filter((e) => e.y).length;
console.log(`${ds.length} pages, ${examples.length} labelled blocks (${pos} boilerplate, ${examples.length - pos} content)`);

const model = train(examples, lib.FEATURE_BITS, DEFAULTS);
const q = quantise(model);
const file = { bits: lib.FEATURE_BITS, ...q };
const out = path.join(D.root, 'lib', 'clean', 'weights.json');
fs.writeFileSync(out, JSON.stringify(file) + '\n');

let tp = 0, fp = 0, fn = 0;
for (const e of examples) { const y = predict(model, e) >= 0.5; if (y && e.y) tp++; else if (y) fp++; else if (e.y) fn++; }
const size = zlib.gzipSync(fs.readFileSync(out), { level: 9 }).length;
console.log(`in-sample blocks at p ≥ 0.5: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)}`);
console.log(`wrote ${path.relative(D.root, out)}: ${(fs.statSync(out).size / 1024).toFixed(0)} KB, ${(size / 1024).toFixed(0)} KB gzipped`);
