// For the scripts that write generated tables from the pipeline's own code (country names, character classes,
// calendar names): bundles an entry of `export … from './lib/…'` lines with esbuild into a temporary module inside
// the checkout and imports it. The temporary folder goes even when the build fails.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The module the TypeScript `entry` (its source, resolved from the checkout's root) makes, written for the while in a
 * temporary folder under `under` (a worktree whose node_modules is another checkout's link passes its own .tmp). */
export async function importLib(entry, under = path.join(root, 'node_modules')) {
  fs.mkdirSync(under, { recursive: true });
  const dir = fs.mkdtempSync(path.join(under, '.cache-'));
  try {
    const out = path.join(dir, 'lib.mjs');
    await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'warning' });
    return await import(out);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}
