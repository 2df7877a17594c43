// What a run of the CLI loads from node_modules: nothing on the pages' path (linkedom, Readability, decoding are in
// the bundle, so that the code cache holds them: loading them from node_modules compiled them anew in every
// process), and the exports' libraries only for the outputs that use them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, buildCli, root, tmp } from './cli-helpers';

const sample = path.join(root, 'samples', 'harbour-ferry-strike.html');

/** The packages a run required from node_modules (CommonJS loads, as the bundle makes them), and its exit status. */
function packagesLoaded(args: string[]): { status: number | null; packages: string[] } {
  const dir = tmp('cli-bundle');
  const hook = path.join(dir, 'hook.cjs'), list = path.join(dir, 'loaded.json');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const r = spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const files = JSON.parse(fs.readFileSync(list, 'utf8')) as string[];
  const packages = files.flatMap((f) => {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f);
    return m ? [m[1]!.replace(/\\/g, '/')] : [];
  });
  return { status: r.status, packages: [...new Set(packages)].sort() };
}

describe('CLI bundle', () => {
  beforeAll(buildCli, 120_000);

  it('analyze loads no package from node_modules: the pages\' path is in the bundle', () => {
    const run = packagesLoaded(['analyze', '--jsonl', sample]);
    expect(run.status).toBe(0);
    expect(run.packages).toEqual([]);
  }, 120_000);

  it('the Markdown export loads its own libraries (Turndown, yaml) when asked, and the pages\' path from the bundle', () => {
    const run = packagesLoaded(['export', '--format', 'md', sample]);
    expect(run.status).toBe(0);
    expect(run.packages).toEqual(expect.arrayContaining(['turndown', 'yaml']));
    for (const p of ['linkedom', '@mozilla/readability', 'htmlparser2', 'jsdom', 'dompurify']) expect(run.packages).not.toContain(p);
  }, 120_000);

  it('the bundle is ASCII, so that V8 holds its 2.6 MB of source one byte a character', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist', 'clearpage.cjs'));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
