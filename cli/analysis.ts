// The analysis stage as the CLI loads it: only when the output prints quotes or parties (analyze, clean, Markdown
// export), and once per process.
//
// Models: lib/ reads no files, so the tagger's model a text needs (`modelFile(input)`: its language's, or
// multi.bin) is read here by the host, parsed once a process (cli/ner-models.ts) and handed to the analysis.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyzer } from '../lib/pipeline';

const root = fileURLToPath(new URL('..', import.meta.url));
const models = new Map<string, Uint8Array | null>();

/** The bytes of a model file of the repository (null when it is missing), read once per process. */
export function modelBytes(relativePath: string): Uint8Array | null {
  if (!models.has(relativePath)) {
    let bytes: Uint8Array | null = null;
    try { bytes = new Uint8Array(fs.readFileSync(path.join(root, relativePath))); } catch { bytes = null; }
    models.set(relativePath, bytes);
  }
  return models.get(relativePath)!;
}

let analyzer: Promise<Analyzer> | null = null;

export function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= Promise.all([import('../lib/analysis'), import('./ner-models')])
    .then(([m, ner]) => (input) => m.analyzeArticle(input, { ner: ner.loadNerModel(m.analysisLanguage(input)) }));
  return analyzer;
}
