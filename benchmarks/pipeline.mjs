// Speed, memory and size of the pipeline, on the AEB pages (../shared/corpus/aeb-dev), in one process per mode:
//   readability  linkedom parse + Readability alone (the baseline)
//   pipeline     linkedom parse + detect + extract + clean (+ analyse with --analyze)
//   detect       detection alone, per page
// and the size of every built extension bundle (run `npx wxt build` first). Prints figures; asserts nothing.
// Usage: node benchmarks/pipeline.mjs [--pages N] [--rounds R]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const mode = opt('--mode', '');
const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
const rounds = Number(opt('--rounds', '3'));

function pages() {
  const dir = path.join(data, 'html');
  const n = Number(opt('--pages', '1000'));
  return fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, n)
    .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'));
}

if (mode) {
  // Child process: one mode, timings per page (median of rounds after a warm-up) and peak memory.
  const lib = await import(path.join(root, '.tmp', 'bench-lib.mjs'));
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const html = pages();
  const work = {
    readability: (h) => new Readability(parseHTML(h).document).parse(),
    pipeline: (h) => lib.runPipeline(parseHTML(h).document, { force: true, inPlace: true }),
    analyze: (h) => lib.runPipeline(parseHTML(h).document, { force: true, inPlace: true, analyze: lib.analyzeArticle }),
  }[mode];
  let peakRss = 0, peakHeap = 0;
  const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
  if (mode === 'detect') {
    const docs = html.map((h) => parseHTML(h).document);
    const per = docs.map((d) => { const t = []; for (let r = 0; r < rounds + 1; r++) { const s = performance.now(); lib.detectArticle(d); t.push(performance.now() - s); } t.shift(); return t.sort((a, b) => a - b)[t.length >> 1]; });
    per.sort((a, b) => a - b);
    console.log(JSON.stringify({ median: per[per.length >> 1], p90: per[Math.floor(per.length * 0.9)], max: per.at(-1) }));
    process.exit(0);
  }
  const times = html.map(() => []);
  const stages = { detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 };
  for (let r = 0; r < rounds + 1; r++) html.forEach((h, i) => {
    const s = performance.now(); const rep = work(h); const t = performance.now() - s;
    if (r > 0) { times[i].push(t); if (rep?.timings) for (const k of Object.keys(stages)) stages[k] += rep.timings[k]; }
    sample();
  });
  const per = times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]);
  const total = per.reduce((a, b) => a + b, 0);
  for (const k of Object.keys(stages)) stages[k] /= rounds * html.length;
  console.log(JSON.stringify({ meanMs: total / per.length, medianMs: per.slice().sort((a, b) => a - b)[per.length >> 1], peakRssMB: peakRss / 2 ** 20, peakHeapMB: peakHeap / 2 ** 20, stages }));
  process.exit(0);
}

if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: speed figures skipped`); }
else {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  await build({ entryPoints: { 'bench-lib': path.join(root, 'benchmarks', 'bench-entry.ts') }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  const child = (m) => JSON.parse(spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--mode', m, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.trim().split('\n').pop());
  const r = child('readability'), p = child('pipeline'), a = child('analyze'), d = child('detect');
  const f = (x) => x.toFixed(2);
  console.log(`AEB pages (${pages().length}), median of ${rounds} rounds per page, linkedom parse included:`);
  console.log(`  Readability alone      mean ${f(r.meanMs)} ms/page, median ${f(r.medianMs)} ms; peak RSS ${f(r.peakRssMB)} MB, peak heap ${f(r.peakHeapMB)} MB`);
  console.log(`  pipeline (no analysis) mean ${f(p.meanMs)} ms/page, median ${f(p.medianMs)} ms; peak RSS ${f(p.peakRssMB)} MB, peak heap ${f(p.peakHeapMB)} MB`);
  console.log(`  pipeline + analysis    mean ${f(a.meanMs)} ms/page, median ${f(a.medianMs)} ms; peak RSS ${f(a.peakRssMB)} MB, peak heap ${f(a.peakHeapMB)} MB`);
  console.log(`  time ratio pipeline/Readability ${f(p.meanMs / r.meanMs)}x (with analysis ${f(a.meanMs / r.meanMs)}x); peak RSS ratio ${f(p.peakRssMB / r.peakRssMB)}x, peak heap ratio ${f(p.peakHeapMB / r.peakHeapMB)}x`);
  console.log(`  stages (mean ms/page): detect ${f(a.stages.detectMs)}, extract ${f(a.stages.extractMs)}, clean ${f(a.stages.cleanMs)}, analyse ${f(a.stages.analyzeMs)} (${(100 * a.stages.analyzeMs / a.stages.extractMs).toFixed(1)}% of extraction)`);
  console.log(`  detection alone: median ${f(d.median)} ms/page, p90 ${f(d.p90)} ms, max ${f(d.max)} ms`);
}

const out = path.join(root, '.output');
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = path.join(out, target);
  if (!fs.existsSync(dir)) { console.log(`no build in .output/${target}: run npx wxt build${target.startsWith('firefox') ? ' -b firefox' : ''}`); continue; }
  console.log(`bundles in .output/${target} (bytes, gzipped):`);
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
  for (const file of walk(dir).filter((x) => /\.(js|css|html)$/.test(x)).sort()) {
    const buf = fs.readFileSync(file);
    console.log(`  ${path.relative(dir, file).padEnd(44)} ${String(buf.length).padStart(8)} ${String(zlib.gzipSync(buf, { level: 9 }).length).padStart(8)}`);
  }
}
