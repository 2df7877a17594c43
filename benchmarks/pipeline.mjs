// Speed, memory and size of the pipeline, on the AEB pages (../shared/corpus/aeb-dev), in one process per mode:
//   readability  linkedom parse + Readability alone (the baseline)
//   pipeline     linkedom parse + detect + extract + clean
//   analyze      the same + the analysis stage (quotes and parties)
// timed interleaved in one process, each also alone in a process for its peak memory; and detection alone
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
const rounds = Number(opt('--rounds', '5'));

function pages() {
  const dir = path.join(data, 'html');
  const n = Number(opt('--pages', '1000'));
  return fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, n)
    .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'));
}

if (mode) {
  // Child process. 'time': every page through every variant, interleaved round by round so that the machine's
  // drift hits all alike; the median of the rounds per page. Other modes: one variant alone, for its peak memory.
  const lib = await import(path.join(root, '.tmp', 'bench-lib.mjs'));
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const html = pages();
  const variants = {
    readability: (h) => new Readability(parseHTML(h).document).parse(),
    pipeline: (h) => lib.runPipeline(parseHTML(h).document, { force: true, inPlace: true }),
    analyze: (h) => lib.runPipeline(parseHTML(h).document, { force: true, inPlace: true, analyze: lib.analyzeArticle }),
  };
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  if (mode === 'detect') {
    const docs = html.map((h) => parseHTML(h).document);
    const per = docs.map((d) => { const t = []; for (let r = 0; r < rounds + 1; r++) { const s = performance.now(); lib.detectArticle(d); t.push(performance.now() - s); } t.shift(); return median(t); });
    per.sort((a, b) => a - b);
    console.log(JSON.stringify({ median: per[per.length >> 1], p90: per[Math.floor(per.length * 0.9)], max: per.at(-1) }));
  } else if (mode === 'time') {
    const names = Object.keys(variants);
    const times = Object.fromEntries(names.map((n) => [n, html.map(() => [])]));
    const stages = { detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 };
    for (let r = 0; r < rounds + 1; r++) html.forEach((h, i) => {
      for (let k = 0; k < names.length; k++) {
        const n = names[(r + k) % names.length];
        const s = performance.now(); const rep = variants[n](h); const t = performance.now() - s;
        if (r === 0) continue; // warm-up
        times[n][i].push(t);
        if (n === 'analyze') for (const key of Object.keys(stages)) stages[key] += rep.timings[key] / rounds / html.length;
      }
    });
    const mean = (n) => times[n].map(median).reduce((a, b) => a + b, 0) / html.length;
    const ratios = html.map((_, i) => median(times.pipeline[i]) / median(times.readability[i])).sort((a, b) => a - b);
    console.log(JSON.stringify({ ...Object.fromEntries(names.map((n) => [n, mean(n)])), medianPageRatio: ratios[ratios.length >> 1], stages }));
  } else {
    let peakRss = 0, peakHeap = 0;
    for (let r = 0; r < 2; r++) for (const h of html) {
      variants[mode](h);
      const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    console.log(JSON.stringify({ peakRssMB: peakRss / 2 ** 20, peakHeapMB: peakHeap / 2 ** 20 }));
  }
  process.exit(0);
}

if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: speed figures skipped`); }
else {
  fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
  await build({ entryPoints: { 'bench-lib': path.join(root, 'benchmarks', 'bench-entry.ts') }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  const child = (m) => JSON.parse(spawnSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--mode', m, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.trim().split('\n').pop());
  const t = child('time'), d = child('detect');
  const mem = Object.fromEntries(['readability', 'pipeline', 'analyze'].map((m) => [m, child(m)]));
  const f = (x) => x.toFixed(2);
  console.log(`AEB pages (${pages().length}), linkedom parse included, variants interleaved, median of ${rounds} rounds per page:`);
  console.log(`  Readability alone      ${f(t.readability)} ms/page`);
  console.log(`  pipeline (no analysis) ${f(t.pipeline)} ms/page  = ${f(t.pipeline / t.readability)}x Readability (median page ${f(t.medianPageRatio)}x)`);
  console.log(`  pipeline + analysis    ${f(t.analyze)} ms/page  = ${f(t.analyze / t.readability)}x Readability`);
  console.log(`  stages (mean ms/page): detect ${f(t.stages.detectMs)}, extract ${f(t.stages.extractMs)}, clean ${f(t.stages.cleanMs)}, analyse ${f(t.stages.analyzeMs)} (${(100 * t.stages.analyzeMs / t.stages.extractMs).toFixed(1)}% of extraction)`);
  console.log(`  peak memory, each variant alone over the pages twice: Readability RSS ${f(mem.readability.peakRssMB)} MB heap ${f(mem.readability.peakHeapMB)} MB; ` +
    `pipeline RSS ${f(mem.pipeline.peakRssMB)} MB (${f(mem.pipeline.peakRssMB / mem.readability.peakRssMB)}x) heap ${f(mem.pipeline.peakHeapMB)} MB (${f(mem.pipeline.peakHeapMB / mem.readability.peakHeapMB)}x); ` +
    `with analysis RSS ${f(mem.analyze.peakRssMB)} MB (${f(mem.analyze.peakRssMB / mem.readability.peakRssMB)}x)`);
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
