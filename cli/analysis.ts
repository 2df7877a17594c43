// The analysis stage as the CLI loads it: only when the output prints quotes or parties (analyze, clean, Markdown
// export), and once per process.
//
// Models: lib/ reads no files, so the tagger's model a text needs (`modelFile(input)`: its language's, or
// multi.bin) is read here by the host, parsed once a process (cli/ner-models.ts) and handed to the analysis.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyzer } from '../lib/pipeline';

/** The repository root: the nearest folder above this module holding package.json (from cli/ or dist/). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const root = repoRoot();
/** The bytes of a model file of the repository (null when it is missing). Not kept: the parsed model copies what
 * it needs, and a batch in several languages would hold every file's bytes (0.1–1.3 MB each) to its end. */
export function modelBytes(relativePath: string): Uint8Array | null {
  try { return new Uint8Array(fs.readFileSync(path.join(root, relativePath))); } catch { return null; }
}

let analyzer: Promise<Analyzer> | null = null;

export function loadAnalyzer(): Promise<Analyzer> {
  analyzer ??= import('../lib/analysis').then((m) => {
    // the tagger's model a text needs, parsed once per file; without it, the analysis falls back to capitalised runs
    const parsed = new Map<string, ReturnType<typeof m.parseModel> | null>();
    const ner = (file: string) => {
      if (!parsed.has(file)) { const bytes = modelBytes(`lib/analysis/ner/models/${file}`); parsed.set(file, bytes && m.parseModel(bytes)); }
      return parsed.get(file) ?? null;
    };
    return (input) => m.analyzeArticle(input, { ner: ner(m.modelFile(input)) });
  });
  return analyzer;
}
