// Cost of the analysis stage (lib/analysis/index.ts): time per article on the AEB pages against Readability's extraction
// time on the same pages, and the gzipped size of the analysis bundle (lists and gazetteer included).
// Readability time = linkedom parse + Readability.parse (the baseline extraction). Analysis time = analyzeArticle on
// the extracted article text (blocks joined by blank lines), with the tagger's model the text needs (parsed once a
// file, as the hosts do). Warm: every page is analysed once first, then --rounds passes over all pages follow (the
// code optimised, as in a long batch or the extension's host after a few pages); per page the median of its rounds,
// in CPU time (process.cpuUsage) and wall time. Prints; asserts nothing.
// Usage: node benchmarks/analysis.mjs [--pages N] [--rounds R] [--data DIR]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
const rounds = Number(opt('--rounds', '5'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-an-'));

// 1. Size: the analysis stage bundled alone, minified, gzipped.
const min = path.join(tmp, 'analyze.min.mjs');
await build({ entryPoints: [path.join(root, 'lib/analysis/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: min, logLevel: 'warning' });
const raw = fs.readFileSync(min);
const gz = zlib.gzipSync(raw, { level: 9 });
console.log(`analysis bundle: ${(raw.length / 1024).toFixed(1)} KB minified, ${(gz.length / 1024).toFixed(1)} KB gzipped (goal ≤ 60 KB)`);

// 2. Time per article.
const dir = path.join(data, 'html');
if (!fs.existsSync(dir)) { console.log(`no AEB pages at ${dir}: timing skipped`); process.exit(0); }
const dev = path.join(tmp, 'analyze.mjs');
await build({ entryPoints: [path.join(root, 'lib/analysis/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: dev, logLevel: 'warning' });
const { analyzeArticle, modelFile, parseModel } = await import(pathToFileURL(dev).href);
const models = new Map();
const modelFor = (input) => {
  const file = modelFile(input);
  if (!models.has(file)) { const b = fs.readFileSync(path.join(root, 'lib/analysis/ner/models', file)); models.set(file, parseModel(new Uint8Array(b.buffer, b.byteOffset, b.byteLength))); }
  return models.get(file);
};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const n = Number(opt('--pages', '1000'));
const html = fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, n)
  .map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'));

const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption, dd, dt';
function articleText(content) {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCK)].filter((el) => !el.querySelector(BLOCK));
  const parts = blocks.map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return parts.length ? parts.join('\n\n') : document.body.textContent.trim();
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const texts = [], lang = [], readMs = [];
for (const h of html) {
  const times = [];
  let art = null;
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now();
    art = new Readability(parseHTML(h).document).parse();
    if (r > 0) times.push(performance.now() - t0);
  }
  readMs.push(median(times));
  texts.push(art?.content ? articleText(art.content) : '');
  lang.push(art?.lang ?? null);
}
const inputs = texts.map((text, i) => ({ text, lang: lang[i] }));
let quotes = 0, parties = 0;
for (const input of inputs) { const res = analyzeArticle(input, { ner: modelFor(input) }); quotes += res.quotes.length; parties += res.parties.length; }
const cpuRuns = inputs.map(() => []), wallRuns = inputs.map(() => []);
for (let r = 0; r < rounds; r++) {
  inputs.forEach((input, i) => {
    const ner = modelFor(input), c0 = cpu(), t0 = performance.now();
    analyzeArticle(input, { ner });
    wallRuns[i].push(performance.now() - t0);
    cpuRuns[i].push(cpu() - c0);
  });
}
const anMs = wallRuns.map(median), anCpu = cpuRuns.map(median);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const ratios = anMs.map((a, i) => a / Math.max(readMs[i], 1e-3));
console.log(`pages: ${html.length}; analysis found ${quotes} quotes, ${parties} parties`);
console.log(`Readability extraction: mean ${(sum(readMs) / readMs.length).toFixed(2)} ms, median ${median(readMs).toFixed(2)} ms per page`);
console.log(`analysis, warm (wall):  mean ${(sum(anMs) / anMs.length).toFixed(2)} ms, median ${median(anMs).toFixed(2)} ms, max ${Math.max(...anMs).toFixed(2)} ms per article`);
console.log(`analysis, warm (CPU):   mean ${(sum(anCpu) / anCpu.length).toFixed(2)} ms, median ${median(anCpu).toFixed(2)} ms, max ${Math.max(...anCpu).toFixed(2)} ms per article`);
console.log(`analysis / Readability: ${(100 * sum(anMs) / sum(readMs)).toFixed(1)} % of total time; per page median ${(100 * median(ratios)).toFixed(1)} %, worst ${(100 * Math.max(...ratios)).toFixed(1)} % (wall, warm; goal < 20 %)`);
fs.rmSync(tmp, { recursive: true, force: true });
