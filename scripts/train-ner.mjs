// Trains the entity tagger's models from ../shared/corpus/ner into lib/analysis/ner/models/ (see scripts/ner/).
// Usage: npm run train:ner [-- --only en,multi]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTs } from './ner/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
await runTs(path.join(root, 'scripts', 'ner', 'train.ts'), process.argv.slice(2));
