#!/usr/bin/env node
// Entry of the `clearpage` command: the bundled CLI in dist/ (built by `npm ci` or `npm run build:cli`).
import { existsSync } from 'node:fs';
const target = new URL('../dist/clearpage.mjs', import.meta.url);
if (!existsSync(target)) {
  console.error('clearpage: the CLI is not built yet; run `npm ci` or `npm run build:cli` in the repository first.');
  process.exit(1);
}
await import(target.href);
