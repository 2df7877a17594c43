// Bundles the CLI (cli/ + lib/) into dist/ with esbuild, so that `clearpage` starts without compiling TypeScript.
// Runs on `npm ci` (postinstall) and `npm run build:cli`. Dependencies are bundled, but for those listed below.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { WRAPPER, builtCacheFile } from '../bin/code-cache.mjs';
import { asciiSource } from './ascii-source.mjs';
import { LAZY_LISTENERS } from './lazy-listeners.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One CommonJS file, not ES modules: bin/clearpage.mjs runs it through bin/code-cache.mjs, which keeps V8's compiled
// code from run to run (Node 20 can do that for a script, not for a module). The analysis and the sanitiser are
// still compiled only when a run calls them: V8 compiles a function at its first call.
// The pages' path (linkedom, Readability, decoding) is bundled, so the code cache holds it too: loading it from
// node_modules compiled it anew in every process (~0.3 s of CPU at load 10, a third of a one-page run). What only
// some outputs load stays outside, loaded when asked; so does a package that reads files beside it or has native
// code (canvas: linkedom's optional one, never installed).
const LOADED_ON_DEMAND = ['jsdom', 'dompurify', 'turndown', 'turndown-plugin-gfm', 'yaml', 'canvas'];
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
await build({
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: LOADED_ON_DEMAND, sourcemap: true, logLevel: 'warning',
  absWorkingDir: root, entryPoints: { clearpage: 'cli/clearpage.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' },
  // Modules that find files beside them (the tagger's models) ask import.meta.url: the bundle's own address.
  define: { 'import.meta.url': '__bundleUrl' },
  // Wrapped as Node wraps a CommonJS module (bin/code-cache.mjs then runs it without a second copy of its source).
  banner: { js: `${WRAPPER[0]}\nconst __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
  footer: { js: WRAPPER[1].trimStart() },
  // linkedom's nodes without a listener map each (scripts/lazy-listeners.mjs).
  plugins: [LAZY_LISTENERS],
  // Regular expressions with \p{…} stay literals. esbuild's table counts them unsupported on every Node (node20 to
  // node24 alike) and turned each into `new RegExp("\\p{L}", "u")`, built again at every evaluation: a pattern asked
  // once a word or a line was a new object from V8's pattern cache each time, thousands of times a page. Node 20
  // reads them all; V8 checks each literal when it parses the bundle, so one it could not read would stop every run
  // at its start (every CLI test), not at the page that asks it.
  supported: { 'regexp-unicode-property-escapes': true },
});
// ASCII only, so that V8 holds the source one byte a character (scripts/ascii-source.mjs). Source map columns after
// an escaped character on its line shift by a few places; lines stay right.
const bundle = path.join(root, 'dist', 'clearpage.cjs');
fs.writeFileSync(bundle, asciiSource(fs.readFileSync(bundle, 'utf8'), 'dist/clearpage.cjs'));
console.log('built dist/clearpage.cjs');

// --code-cache (npm ci, npm run build:cli): V8's compiled code for each command, made by a run on the bundled sample
// page, beside the bundle (dist/code-cache/), so that the first run on a machine does not compile what it runs
// (bin/code-cache.mjs reads it when the temporary folder holds no cache of its own). The tests build without it: they
// check the cache a first run makes.
const RUNS = { analyze: ['analyze', '--jsonl'], clean: ['clean'], export: ['export', '--format', 'md'], 'analyze-worker': ['analyze', '--jobs', '2'] };
if (process.argv.includes('--code-cache')) {
  const sample = path.join(root, 'samples', 'harbour-ferry-strike.html');
  for (const [kind, args] of Object.entries(RUNS)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-build-cache-'));
    const files = kind === 'analyze-worker' ? [sample, sample] : [sample];
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'clearpage.mjs'), ...args, ...files], { cwd: root, env: { ...process.env, CLEARPAGE_CODE_CACHE_DIR: dir }, stdio: 'ignore' });
    const made = fs.readdirSync(dir).find((f) => f.includes(`-${kind}-`) && f.endsWith('.bin'));
    // Without it (a failed run, a cache switched off by the environment) a first run compiles, as before.
    if (r.status === 0 && made) {
      const out = builtCacheFile(bundle, kind);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(path.join(dir, made), out);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`code caches in dist/code-cache: ${fs.existsSync(path.join(root, 'dist', 'code-cache')) ? fs.readdirSync(path.join(root, 'dist', 'code-cache')).length : 0}`);
}

// The scorers in ../shared/eval and the tests call node_modules/.bin/clearpage: link it to bin/ (npm links the bins
// of dependencies only, and the package no longer lists itself as one).
const link = path.join(root, 'node_modules', '.bin', 'clearpage');
fs.mkdirSync(path.dirname(link), { recursive: true });
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(path.dirname(link), path.join(root, 'bin', 'clearpage.mjs')), link);
