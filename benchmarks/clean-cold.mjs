// Cleaning's cost beside Readability's, cold: each AEB page in a fresh Node process, as a reader opening one
// article pays it (patterns compiled, weights decoded, code not yet optimised). In each process: parse the page,
// Readability alone on one copy (timed), then detection and our extraction on another copy and cleaning (timed).
// Prints the sum and the median over pages of clean / Readability, in CPU time (process.cpuUsage: what a shared
// machine's load disturbs least) and in wall time, per run, and each earlier stage's CPU time; --runs repeats the whole set.
// --also NAME=BUNDLE times another build too (a bundle of benchmarks/bench-clean-entry.ts made from another checkout,
// e.g. main's), page by page in alternating order, so that both see the same load.
// --shipped builds this checkout's bundle as the extension ships its code: minified, its source ASCII only
// (scripts/ascii-source.mjs); without it the bundle is esbuild's plain output, as in the figures of earlier rounds.
// --code-cache: also each page with its code compiled already, as Chromium runs the pipeline host's chunks from its
// code cache (docs/performance.md, cache48): the stages, linkedom and Readability bundled as CommonJS and loaded
// through vm.Script with the V8 cached data a first, uncounted run on the bundled invented sample page left
// (bin/code-cache.mjs); the same rules for both sides. Each function still runs for the first time (cold inline
// caches, tables built, patterns compiled). Rows "no cache" (the figure of earlier rounds) and "code cache"
// alternate page by page. A bundle given to --also that ends in .cjs runs that way too (its bench-base.cjs beside it).
// Usage: node benchmarks/clean-cold.mjs [--data ../shared/corpus/aeb-dev] [--pages N] [--runs N] [--also NAME=BUNDLE] [--shipped] [--code-cache]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { asciiSource } from '../scripts/ascii-source.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };

if (opt('--page', '')) {
  // Child: one page, cold.
  const raw = fs.readFileSync(opt('--page', ''));
  const html = (opt('--page', '').endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8');
  const bundle = opt('--bundle', path.join(root, '.tmp', 'bench-clean.mjs'));
  const [{ parseHTML }, { Readability }, lib] = await load(bundle);
  const a = parseHTML(html).document, b = parseHTML(html).document;
  const cpu = (u) => (u.user + u.system) / 1000;
  let t = performance.now(), c = process.cpuUsage();
  new Readability(a).parse();
  const readability = performance.now() - t, readabilityCpu = cpu(process.cpuUsage(c));
  // The stages before cleaning, in CPU time too (extraction holds Readability's own run on this copy).
  c = process.cpuUsage();
  const { detection, meta } = lib.detectWithMeta(b);
  const detectCpu = cpu(process.cpuUsage(c)); c = process.cpuUsage();
  const page = new lib.PageBlocks(b.body ?? b.documentElement);
  const blocksCpu = cpu(process.cpuUsage(c)); c = process.cpuUsage();
  const x = lib.extractArticle(b, { url: detection.url, meta, inPlace: true });
  const extractCpu = cpu(process.cpuUsage(c));
  t = performance.now(); c = process.cpuUsage();
  if (x) lib.cleanArticle(x.body, { page, title: x.title, siteName: x.siteName, url: detection.url });
  const clean = performance.now() - t, cleanCpu = cpu(process.cpuUsage(c));
  console.log(JSON.stringify({ readability, clean, readabilityCpu, cleanCpu, detectCpu, blocksCpu, extractCpu }));
  process.exit(0);
}

/** The page's modules: ES modules compiled here, or (a .cjs bundle) CommonJS bundles run on V8's cached data. */
async function load(bundle) {
  if (!bundle.endsWith('.cjs')) return Promise.all([import('linkedom'), import('@mozilla/readability'), import(bundle)]);
  const { runWithCodeCache } = await import('../bin/code-cache.mjs');
  const base = runWithCodeCache(path.join(path.dirname(bundle), 'bench-base.cjs'), 'bench');
  return [base, base, runWithCodeCache(bundle, 'bench')];
}

const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: skipped`); process.exit(0); }
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
const shipped = argv.includes('--shipped');
await build({ entryPoints: { 'bench-clean': path.join(root, 'benchmarks', 'bench-clean-entry.ts') }, bundle: true, minify: shipped, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
if (shipped) { const f = path.join(root, '.tmp', 'bench-clean.mjs'); fs.writeFileSync(f, asciiSource(fs.readFileSync(f, 'utf8'), 'bench-clean.mjs')); }
const codeCache = argv.includes('--code-cache');
const cjs = path.join(root, '.tmp', 'bench-clean.cjs');
if (codeCache) {
  await build({ entryPoints: [path.join(root, 'benchmarks', 'bench-clean-entry.ts')], bundle: true, minify: shipped, platform: 'node', format: 'cjs', packages: 'external', outfile: cjs, logLevel: 'warning' });
  if (shipped) fs.writeFileSync(cjs, asciiSource(fs.readFileSync(cjs, 'utf8'), 'bench-clean.cjs'));
  await build({ stdin: { contents: "export { parseHTML } from 'linkedom'; export { Readability } from '@mozilla/readability';", resolveDir: root }, bundle: true, format: 'cjs', platform: 'node', outfile: path.join(root, '.tmp', 'bench-base.cjs'), logLevel: 'warning' });
}
const files = fs.readdirSync(path.join(data, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, Number(opt('--pages', '1000')));
const runs = Number(opt('--runs', '1'));
const variants = [[codeCache ? 'no cache' : 'this', path.join(root, '.tmp', 'bench-clean.mjs')]];
if (opt('--also', '')) { const [name, file] = opt('--also', '').split('='); variants.push([name, path.resolve(file)]); }
// The caches in a folder of this run's own, made by one uncounted run on the invented sample page (the host warms
// itself on an invented article too): what ran there is what the cache holds compiled.
const cacheEnv = { ...process.env, CLEARPAGE_CODE_CACHE: '1', CLEARPAGE_CODE_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'cp-clean-cache-')) };
if (codeCache) variants.push(['code cache', cjs]);
for (const [, bundle] of variants.filter(([, b]) => b.endsWith('.cjs'))) {
  spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--page', path.join(root, 'samples', 'harbour-ferry-strike.html'), '--bundle', bundle], { cwd: root, env: cacheEnv });
}
const made = fs.readdirSync(cacheEnv.CLEARPAGE_CODE_CACHE_DIR).filter((f) => f.endsWith('.bin')).length;
if (codeCache && !made) console.log('warning: the uncounted run left no code cache');
for (let run = 1; run <= runs; run++) {
  const rows = new Map(variants.map(([name]) => [name, []]));
  files.forEach((f, k) => {
    // Rotated order page by page: neither build always runs first.
    for (let v = 0; v < variants.length; v++) {
      const [name, bundle] = variants[(k + run + v) % variants.length];
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--page', path.join(data, 'html', f), '--bundle', bundle], { cwd: root, encoding: 'utf8', env: cacheEnv });
      try { rows.get(name).push(JSON.parse(r.stdout.trim().split('\n').pop())); } catch { console.log(`${f} (${name}): ${r.stderr.slice(0, 200)}`); }
    }
  });
  for (const [name, list] of rows) report(list, run, variants.length > 1 ? ` [${name}]` : '');
}
fs.rmSync(cacheEnv.CLEARPAGE_CODE_CACHE_DIR, { recursive: true, force: true });

function report(rows, run, name) {
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  const line = (clean, readability, what) => {
    const ratios = rows.map((r) => r[clean] / r[readability]).sort((a, b) => a - b);
    console.log(`  ${what}: Readability alone ${(sum(readability) / rows.length).toFixed(1)} ms/page, cleaning ${(sum(clean) / rows.length).toFixed(1)} ms/page; cleaning = ${(100 * sum(clean) / sum(readability)).toFixed(1)} % of Readability's (median page ${(100 * ratios[ratios.length >> 1]).toFixed(1)} %, p90 ${(100 * ratios[Math.floor(ratios.length * 0.9)]).toFixed(1)} %)`);
  };
  console.log(`run ${run}${name}: AEB pages, each in a fresh process (cold), ${rows.length} pages:`);
  line('cleanCpu', 'readabilityCpu', 'CPU time');
  line('clean', 'readability', 'wall time');
  const mean = (k) => (sum(k) / rows.length).toFixed(1);
  console.log(`  stages, CPU ms/page: detection ${mean('detectCpu')}, the page's blocks ${mean('blocksCpu')}, extraction (Readability's run included) ${mean('extractCpu')}, cleaning ${mean('cleanCpu')}`);
}
