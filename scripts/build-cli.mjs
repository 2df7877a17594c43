// Bundles the CLI (cli/ + lib/) into dist/ with esbuild, so that `clearpage` starts without compiling TypeScript.
// Runs on `npm ci` (postinstall) and `npm run build:cli`. Dependencies stay in node_modules (not bundled).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
  absWorkingDir: root,
};
// Code split: what only some outputs need (the analysis, the sanitiser) is a chunk of its own, loaded on demand.
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({ ...common, entryPoints: { clearpage: 'cli/clearpage.ts' }, splitting: true, chunkNames: 'chunks/[name]-[hash]', outdir: 'dist', outExtension: { '.js': '.mjs' } });
console.log('built dist/clearpage.mjs');

// The scorers in ../shared/eval and the tests call node_modules/.bin/clearpage: link it to bin/ (npm links the bins
// of dependencies only, and the package no longer lists itself as one).
const link = path.join(root, 'node_modules', '.bin', 'clearpage');
fs.mkdirSync(path.dirname(link), { recursive: true });
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(path.dirname(link), path.join(root, 'bin', 'clearpage.mjs')), link);
