// Runs a TypeScript file of scripts/ner (bundled by esbuild into a temporary module): node scripts/ner/run.mjs FILE [ARGS]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The bundle is written inside the checkout, so that the packages it leaves out (opencc-js) resolve from it.
const cacheDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.cache');

export async function runTs(file, args = []) {
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = path.join(fs.mkdtempSync(path.join(cacheDir, 'cp-ner-')), 'run.mjs');
  await build({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: out, logLevel: 'warning' });
  process.argv = [process.argv[0], file, ...args];
  try { await import(pathToFileURL(out).href); } finally { fs.rmSync(path.dirname(out), { recursive: true, force: true }); }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runTs(process.argv[2], process.argv.slice(3));
