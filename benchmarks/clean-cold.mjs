// Cleaning's cost beside Readability's, cold: each AEB page in a fresh Node process, as a reader opening one
// article pays it (patterns compiled, weights decoded, code not yet optimised). In each process: parse the page,
// Readability alone on one copy (timed), then detection and our extraction on another copy and cleaning (timed).
// Prints the sum and the median over pages of clean / Readability, in CPU time (process.cpuUsage: what a shared
// machine's load disturbs least) and in wall time, per run, and each earlier stage's CPU time; --runs repeats the whole set.
// --also NAME=BUNDLE times another build too (a bundle of benchmarks/bench-clean-entry.ts made from another checkout,
// e.g. main's), page by page in alternating order, so that both see the same load.
// --shipped builds this checkout's bundle as the extension ships its code: minified, its source ASCII only
// (scripts/ascii-source.mjs); without it the bundle is esbuild's plain output, as in the figures of earlier rounds.
// Usage: node benchmarks/clean-cold.mjs [--data ../shared/corpus/aeb-dev] [--pages N] [--runs N] [--also NAME=BUNDLE] [--shipped]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { asciiSource } from '../scripts/ascii-source.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };

if (opt('--page', '')) {
  // Child: one page, cold.
  const html = zlib.gunzipSync(fs.readFileSync(opt('--page', ''))).toString('utf8');
  const [{ parseHTML }, { Readability }, lib] = await Promise.all([import('linkedom'), import('@mozilla/readability'), import(opt('--bundle', path.join(root, '.tmp', 'bench-clean.mjs')))]);
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

const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: skipped`); process.exit(0); }
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
const shipped = argv.includes('--shipped');
await build({ entryPoints: { 'bench-clean': path.join(root, 'benchmarks', 'bench-clean-entry.ts') }, bundle: true, minify: shipped, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
if (shipped) { const f = path.join(root, '.tmp', 'bench-clean.mjs'); fs.writeFileSync(f, asciiSource(fs.readFileSync(f, 'utf8'), 'bench-clean.mjs')); }
const files = fs.readdirSync(path.join(data, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, Number(opt('--pages', '1000')));
const runs = Number(opt('--runs', '1'));
const variants = [['this', path.join(root, '.tmp', 'bench-clean.mjs')]];
if (opt('--also', '')) { const [name, file] = opt('--also', '').split('='); variants.push([name, path.resolve(file)]); }
for (let run = 1; run <= runs; run++) {
  const rows = new Map(variants.map(([name]) => [name, []]));
  files.forEach((f, k) => {
    // Rotated order page by page: neither build always runs first.
    for (let v = 0; v < variants.length; v++) {
      const [name, bundle] = variants[(k + run + v) % variants.length];
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--page', path.join(data, 'html', f), '--bundle', bundle], { cwd: root, encoding: 'utf8' });
      try { rows.get(name).push(JSON.parse(r.stdout.trim().split('\n').pop())); } catch { console.log(`${f} (${name}): ${r.stderr.slice(0, 200)}`); }
    }
  });
  for (const [name, list] of rows) report(list, run, variants.length > 1 ? ` [${name}]` : '');
}

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
