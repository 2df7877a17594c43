#!/usr/bin/env node
// Entry of the `clearpage` command: the bundled CLI in dist/ (built by `npm ci` or `npm run build:cli`), run with a
// code cache so that a run on one page does not spend its time compiling (bin/code-cache.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { runWithCodeCache } from './code-cache.mjs';

const bundle = fileURLToPath(new URL('../dist/clearpage.cjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('clearpage: the CLI is not built yet; run `npm ci` or `npm run build:cli` in the repository first.');
  process.exit(1);
}
// One cache a command (each compiles different code), made by a run that read its inputs (not --help or a usage error);
// this file is also the entry of a batch's worker threads (analyze --jobs), which keep a cache of their own.
const command = isMainThread ? process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'none' : 'analyze-worker';
const cli = runWithCodeCache(bundle, command, () => cli.readInput());
