// Runs a TypeScript file of scripts/ner (bundled by esbuild into a temporary module): node scripts/ner/run.mjs FILE [ARGS]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runTs(file, args = []) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-ner-')), 'run.mjs');
  await build({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: out, logLevel: 'warning' });
  process.argv = [process.argv[0], file, ...args];
  try { await import(pathToFileURL(out).href); } finally { fs.rmSync(path.dirname(out), { recursive: true, force: true }); }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runTs(process.argv[2], process.argv.slice(3));
