// The CLI's code cache (bin/code-cache.mjs): a second run reads the compiled code the first one left, prints exactly
// what a run without it prints, and a cache that is broken, refused or switched off only costs time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, buildCli, root, tmp } from './cli-helpers';

const sample = path.join(root, 'samples', 'harbour-ferry-strike.html');

function clearpage(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bin')) : []);

describe('CLI code cache', () => {
  beforeAll(buildCli, 120_000);

  it('is made by a first run and read by the next, which prints the same', () => {
    const dir = tmp('code-cache');
    const env = { CLEARPAGE_CODE_CACHE_DIR: dir };
    const first = clearpage(['export', '--format', 'md', sample], env);
    expect(first.status).toBe(0);
    expect(cacheFiles(dir)).toHaveLength(1);
    const made = fs.statSync(path.join(dir, cacheFiles(dir)[0]!)).mtimeMs;
    const second = clearpage(['export', '--format', 'md', sample], env);
    expect(second).toEqual(first);
    // Read, not remade: V8 accepted it.
    expect(fs.statSync(path.join(dir, cacheFiles(dir)[0]!)).mtimeMs).toBe(made);
    const uncached = clearpage(['export', '--format', 'md', sample], { CLEARPAGE_CODE_CACHE: '0' });
    expect(uncached).toEqual(first);
  }, 120_000);

  it('survives a broken cache file and replaces it', () => {
    const dir = tmp('code-cache-broken');
    const env = { CLEARPAGE_CODE_CACHE_DIR: dir };
    const good = clearpage(['analyze', '--jsonl', sample], env);
    const file = path.join(dir, cacheFiles(dir)[0]!);
    fs.writeFileSync(file, 'not a code cache');
    const after = clearpage(['analyze', '--jsonl', sample], env);
    expect(after.status).toBe(0);
    expect(after.stderr).toBe('');
    const strip = (s: string) => s.replace(/"timings":\{[^}]*\}/g, '');
    expect(strip(after.stdout)).toBe(strip(good.stdout));
    expect(fs.statSync(file).size).toBeGreaterThan(100_000);
  }, 120_000);

  it("a batch's worker threads keep one cache of their own, read by the next batch; its main thread leaves none", () => {
    const dir = tmp('code-cache-workers');
    const env = { CLEARPAGE_CODE_CACHE_DIR: dir };
    const args = ['analyze', '--jsonl', '--jobs', '2', sample, sample, sample];
    const first = clearpage(args, env);
    expect(first.status).toBe(0);
    expect(cacheFiles(dir)).toEqual([expect.stringMatching(/^clearpage\.cjs-analyze-worker-/)]);
    const file = path.join(dir, cacheFiles(dir)[0]!), made = fs.statSync(file).mtimeMs;
    const second = clearpage(args, env);
    const strip = (s: string) => s.replace(/"timings":\{[^}]*\}/g, '');
    expect(strip(second.stdout)).toBe(strip(first.stdout));
    expect(fs.statSync(file).mtimeMs).toBe(made); // accepted by the workers of the second batch
  }, 120_000);

  it("made by a batch in one thread, is read by a later run on one page (the batch's heap setting is not kept in it)", () => {
    const dir = tmp('code-cache-batch');
    const env = { CLEARPAGE_CODE_CACHE_DIR: dir };
    expect(clearpage(['analyze', '--jsonl', '--jobs', '1', sample, sample], env).status).toBe(0);
    const file = path.join(dir, cacheFiles(dir)[0]!), made = fs.statSync(file).mtimeMs;
    expect(clearpage(['analyze', '--jsonl', sample], env).status).toBe(0);
    expect(fs.statSync(file).mtimeMs).toBe(made);
  }, 120_000);

  it('is not made by --help, a usage error or when switched off', () => {
    const dir = tmp('code-cache-none');
    expect(clearpage(['--help'], { CLEARPAGE_CODE_CACHE_DIR: dir }).status).toBe(0);
    expect(clearpage(['analyze', '--bogus', sample], { CLEARPAGE_CODE_CACHE_DIR: dir }).status).toBe(2);
    expect(clearpage(['clean', sample], { CLEARPAGE_CODE_CACHE_DIR: dir, CLEARPAGE_CODE_CACHE: '0' }).status).toBe(0);
    expect(cacheFiles(dir)).toEqual([]);
  }, 120_000);

  it('does not stop a run where its folder cannot be written', () => {
    const dir = tmp('code-cache-blocked');
    const blocked = path.join(dir, 'file');
    fs.writeFileSync(blocked, ''); // a file where the cache folder should be
    const r = clearpage(['clean', sample], { CLEARPAGE_CODE_CACHE_DIR: blocked });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kelby');
    expect(r.stderr).toBe('');
  }, 120_000);

  it('keeps one cache a bundle file and kind of run: a rebuilt bundle replaces its old cache, another checkout keeps its own', async () => {
    const { runWithCodeCache } = (await import(path.join(root, 'bin', 'code-cache.mjs'))) as {
      runWithCodeCache: (file: string, kind: string) => Record<string, unknown>;
    };
    const dir = tmp('code-cache-prune');
    const here = path.join(dir, 'a', 'bundle.cjs'), there = path.join(dir, 'b', 'bundle.cjs');
    const version = (n: number) => `module.exports = { n: ${n} };`;
    fs.mkdirSync(path.dirname(here)); fs.mkdirSync(path.dirname(there));
    const cacheDirOf = path.join(dir, 'cache');
    process.env.CLEARPAGE_CODE_CACHE_DIR = cacheDirOf;
    // Caches are written when the process exits: here, by calling the writer the exit listener holds.
    const runAndSave = (file: string, kind: string) => {
      const before = process.listeners('exit');
      const out = runWithCodeCache(file, kind);
      for (const l of process.listeners('exit')) if (!before.includes(l)) { process.removeListener('exit', l); (l as () => void)(); }
      return out;
    };
    try {
      fs.writeFileSync(here, version(1)); fs.writeFileSync(there, version(1));
      expect(runAndSave(here, 'test')).toEqual({ n: 1 });
      expect(runAndSave(there, 'test')).toEqual({ n: 1 });
      expect(runAndSave(here, 'other')).toEqual({ n: 1 });
      expect(cacheFiles(cacheDirOf)).toHaveLength(3);
      fs.writeFileSync(here, version(2));
      expect(runAndSave(here, 'test')).toEqual({ n: 2 });
      expect(cacheFiles(cacheDirOf)).toHaveLength(3);
    } finally {
      delete process.env.CLEARPAGE_CODE_CACHE_DIR;
    }
  });

  it('keys its cache without loading node:crypto (a SHA-256 of the bundle started OpenSSL at every run)', () => {
    const dir = tmp('code-cache-key'), file = path.join(dir, 'bundle.cjs');
    fs.writeFileSync(file, 'module.exports = { n: 1 };');
    const script = `const { runWithCodeCache } = await import(${JSON.stringify(path.join(root, 'bin', 'code-cache.mjs'))});
      const out = runWithCodeCache(${JSON.stringify(file)}, 'test');
      console.log(JSON.stringify({ out, crypto: process.moduleLoadList.some((m) => /crypto/.test(m)) }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CLEARPAGE_CODE_CACHE_DIR: dir } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ out: { n: 1 }, crypto: typeof zlib.crc32 !== 'function' });
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it('reads the cache the build left beside the bundle when its own folder has none; a broken one costs only a compile', () => {
    const dir = tmp('code-cache-built'), bundle = path.join(dir, 'dist', 'bundle.cjs');
    fs.mkdirSync(path.dirname(bundle));
    fs.writeFileSync(bundle, 'const shout = (s) => s.split(" ").map((w) => w.toUpperCase());\nmodule.exports = { words: shout("ferry crews vote") };');
    const codeCache = JSON.stringify(path.join(root, 'bin', 'code-cache.mjs'));
    // One process a run (V8 would reuse what the same process compiled); prints the bundle's exports and where the
    // build's cache for this bundle and kind is kept.
    const run = (folder: string) => {
      const script = `const { runWithCodeCache, builtCacheFile } = await import(${codeCache});
        console.log(JSON.stringify({ out: runWithCodeCache(${JSON.stringify(bundle)}, 'analyze'), built: builtCacheFile(${JSON.stringify(bundle)}, 'analyze') }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CLEARPAGE_CODE_CACHE_DIR: folder } });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as { out: unknown; built: string };
    };
    const made = path.join(dir, 'made'), own = path.join(dir, 'own'), again = path.join(dir, 'again');
    const first = run(made);
    expect(first.out).toEqual({ words: ['FERRY', 'CREWS', 'VOTE'] });
    expect(path.dirname(first.built)).toBe(path.join(dir, 'dist', 'code-cache'));
    // What scripts/build-cli.mjs --code-cache does: a run's cache put beside the bundle.
    fs.mkdirSync(path.dirname(first.built));
    fs.copyFileSync(path.join(made, cacheFiles(made)[0]!), first.built);
    // Read and accepted: nothing to remake, so the run leaves no cache of its own.
    expect(run(own).out).toEqual(first.out);
    expect(cacheFiles(own)).toHaveLength(0);
    // Broken: the same exports, and the run makes its own cache as a first run does.
    fs.writeFileSync(first.built, 'not a code cache');
    expect(run(again).out).toEqual(first.out);
    expect(cacheFiles(again)).toHaveLength(1);
  });

  it('runs a bundle that carries its CommonJS wrapper as it runs one without', async () => {
    const { runWithCodeCache, WRAPPER } = (await import(path.join(root, 'bin', 'code-cache.mjs'))) as {
      runWithCodeCache: (file: string, kind: string) => Record<string, unknown>;
      WRAPPER: [string, string];
    };
    const dir = tmp('code-cache-wrapper'), plain = path.join(dir, 'plain.cjs'), wrapped = path.join(dir, 'wrapped.cjs');
    const body = 'module.exports = { file: path.basename(__filename), sum: require("node:path").sep.length + 1 };';
    fs.writeFileSync(plain, `const path = require("node:path");\n${body}`);
    fs.writeFileSync(wrapped, `${WRAPPER[0]}\nconst path = require("node:path");\n${body}${WRAPPER[1]}`);
    process.env.CLEARPAGE_CODE_CACHE_DIR = dir;
    try {
      expect(runWithCodeCache(plain, 'test')).toEqual({ file: 'plain.cjs', sum: 2 });
      expect(runWithCodeCache(wrapped, 'test')).toEqual({ file: 'wrapped.cjs', sum: 2 });
    } finally {
      delete process.env.CLEARPAGE_CODE_CACHE_DIR;
    }
    // The CLI's bundle carries it, so that its source is held once (bin/code-cache.mjs).
    expect(fs.readFileSync(path.join(root, 'dist', 'clearpage.cjs'), 'utf8').startsWith(WRAPPER[0])).toBe(true);
  });
});
