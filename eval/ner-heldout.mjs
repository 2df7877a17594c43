// The entity tagger's figures on data it never trained on: exact typed spans (PER/ORG/LOC; MISC neutral) on the
// corpus tokens, through our own scanner on the sentence text, and as ../shared/eval/ner.mjs counts surfaces.
// Usage: node eval/ner-heldout.mjs [--only en,pt] [--mode tokens,text,surfaces] [--thresholds]   shipped models
//        node eval/ner-heldout.mjs --kfold 5                                        wikigold 5-fold (trains 5 models)
//        node eval/ner-heldout.mjs --lolo [--only pt,de]                            leave one language out (trains)
// Skips with a message where ../shared is absent.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTs } from '../scripts/ner/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
await runTs(path.join(root, 'scripts', 'ner', 'heldout.ts'), process.argv.slice(2));
