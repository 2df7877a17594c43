// The analysis stage as the CLI loads it: only when the output prints quotes or parties (analyze, clean, Markdown
// export), and once per process.
//
// Models: lib/ reads no files, so a model the analysis needs (e.g. the NER weights made by `train:ner`) is read
// here, by the host, and handed to lib/ as bytes. `modelBytes` resolves a path against the repository root (the
// folder above dist/ and cli/), reads it once and caches it; when the analysis takes a model, wire it in
// `loadAnalyzer`, e.g. `(input) => analyzeArticle(input, { nerModel: modelBytes('lib/analysis/ner/model.bin') })`.
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
  analyzer ??= import('../lib/analyze').then((m) => m.analyzeArticle);
  return analyzer;
}
