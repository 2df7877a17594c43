// Cost of the analysis stage as the extension meets it: each AEB dev page once, in a fresh Node process (cold: the
// first call compiles the code and builds the word lists and the gazetteer), against Readability's time on the same
// page in the same process (linkedom parse + Readability.parse, also cold). The tagger's model is read and parsed
// in that process too; its load time is reported apart (a host loads it once per language, not per page).
// Times are CPU time of the process (user + system, all threads): on a shared, loaded machine wall-clock time mostly
// measures the wait for a core; wall-clock medians are printed beside. Prints figures; asserts nothing.
// `--split`: before the analysis, time the language guess with the scan, then the tagger, each cold in the same process
// (the analysis then runs them again, warmer: its own figure is then only roughly the rest of the stages).
// A/B: `--keep FILE` keeps this checkout's bundle (e.g. before a change); `--also NAME=FILE` times that bundle too,
// page by page in alternation with this checkout's (both runs of a page back to back, the order rotated), so that
// the shared machine's load hits both alike. The other bundle reads this checkout's models.
// `--code-cache`: also time each page with V8's code cache, as the clearpage command runs (bin/code-cache.mjs; a
// browser keeps one for the scripts it loads again): the analysis, linkedom and Readability bundled as CommonJS and
// loaded with the compiled code a first, uncounted run left. Rows "no cache" and "code cache" alternate page by page.
// `--shipped`: this checkout's bundle with its source made ASCII only, as the extension ships its chunks
// (scripts/ascii-source.mjs; the bundle is minified either way).
// Usage: node benchmarks/analysis-cold.mjs [--pages N] [--data DIR] [--split] [--code-cache] [--keep FILE] [--also NAME=FILE] [--shipped]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { asciiSource } from '../scripts/ascii-source.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
const dir = path.join(data, 'html');
if (!fs.existsSync(dir)) { console.log(`no AEB pages at ${dir}: skipped`); process.exit(0); }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-cold-'));

// The analysis stage alone, bundled as the extension's engine would carry it.
const bundle = path.join(tmp, 'analysis.mjs');
const split = argv.includes('--split');
const entry = "export * from './lib/analysis/index.ts'; export { scan, resolveLang } from './lib/analysis/text'; export { tagScanned } from './lib/analysis/ner';";
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'warning' });
if (argv.includes('--shipped')) fs.writeFileSync(bundle, asciiSource(fs.readFileSync(bundle, 'utf8'), 'analysis.mjs'));
if (opt('--keep')) fs.copyFileSync(bundle, path.resolve(opt('--keep')));
const codeCache = argv.includes('--code-cache');
const builds = [[codeCache ? 'no cache' : 'this', bundle]];
if (opt('--also')) { const [name, file] = opt('--also').split('='); builds.push([name, path.resolve(file)]); }
if (codeCache) {
  const cjs = path.join(tmp, 'analysis.cjs');
  await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'cjs', platform: 'neutral', outfile: cjs, logLevel: 'warning' });
  await build({ stdin: { contents: "export { parseHTML } from 'linkedom'; export { Readability } from '@mozilla/readability';", resolveDir: root }, bundle: true, format: 'cjs', platform: 'node', outfile: path.join(tmp, 'base.cjs'), logLevel: 'warning' });
  builds.push(['code cache', cjs]);
}

// One page in a fresh process: Readability first (as the pipeline runs), then the model, then the analysis.
const child = path.join(tmp, 'child.mjs');
fs.writeFileSync(child, `
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
const [file, models, bundle] = process.argv.slice(2);
const cached = bundle.endsWith('.cjs');
const { runWithCodeCache } = await import(${JSON.stringify(path.join(root, 'bin', 'code-cache.mjs'))});
const { parseHTML, Readability } = cached ? runWithCodeCache(${JSON.stringify(path.join(tmp, 'base.cjs'))}, 'bench') : { ...require('linkedom'), ...require('@mozilla/readability') };
const html = (file.endsWith('.gz') ? zlib.gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file)).toString('utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu(), w = performance.now();
const art = new Readability(parseHTML(html).document).parse();
const readMs = cpu() - t, readWall = performance.now() - w;
const { document } = parseHTML('<!doctype html><body>' + (art?.content ?? '') + '</body>');
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption, dd, dt';
const text = [...document.querySelectorAll(BLOCK)].filter((el) => !el.querySelector(BLOCK)).map((el) => el.textContent.replace(/\\s+/g, ' ').trim()).filter(Boolean).join('\\n\\n');
t = cpu();
const A = cached ? runWithCodeCache(bundle, 'bench') : await import(bundle);
const importMs = cpu() - t;
const input = { text, lang: art?.lang ?? null, title: art?.title ?? null };
t = cpu();
const bytes = fs.readFileSync(models + '/' + A.modelFile(input));
const ner = A.parseModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
const modelMs = cpu() - t;
let scanMs = 0, tagMs = 0;
if (process.env.SPLIT) {
  t = cpu(); A.resolveLang(input.lang, text.slice(0, 5000)); const s = A.scan(text); scanMs = cpu() - t;
  t = cpu(); A.tagScanned(ner, s); tagMs = cpu() - t;
}
t = cpu(); w = performance.now();
const res = A.analyzeArticle(input, { ner });
const analysisMs = cpu() - t, analysisWall = performance.now() - w;
t = cpu();
A.analyzeArticle(input, { ner });
const warmMs = cpu() - t;
console.log(JSON.stringify({ readMs, readWall, importMs, modelMs, scanMs, tagMs, analysisMs, analysisWall, warmMs, model: ner.lang, chars: text.length, quotes: res.quotes.length, parties: res.parties.length }));
`);

const models = path.join(root, 'lib', 'analysis', 'ner', 'models');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, Number(opt('--pages', '1000')));
const runs = new Map(builds.map(([name]) => [name, []]));
const env = { ...process.env, SPLIT: split ? '1' : '', CLEARPAGE_CODE_CACHE_DIR: path.join(tmp, 'code-cache'), CLEARPAGE_CODE_CACHE: '1' };
// The run that makes the code cache (not counted), on the invented sample page, as the extension's host warms itself
// on an invented article: the cache holds what that run compiled. A --also bundle ending in .cjs runs on one too.
const sample = path.join(root, 'samples', 'harbour-ferry-strike.html');
for (const [, b] of builds.filter(([, b]) => b.endsWith('.cjs'))) execFileSync(process.execPath, [child, sample, models, b], { env });
files.forEach((f, i) => {
  const order = i % 2 ? [...builds].reverse() : builds;
  for (const [name, b] of order) {
    try {
      runs.get(name).push(JSON.parse(execFileSync(process.execPath, [child, path.join(dir, f), models, b], { encoding: 'utf8', env }).trim().split('\n').pop()));
    } catch (e) { console.log(`${name} ${f}: ${String(e).slice(0, 200)}`); }
  }
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const f1 = (x) => x.toFixed(1);
for (const [name, rows] of runs) {
  if (builds.length > 1) console.log(`--- ${name}`);
  const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
  const ratio = rows.map((r) => r.analysisMs / r.readMs);
  console.log(`pages: ${rows.length} (${sum('chars')} characters of article text; ${sum('quotes')} quotes, ${sum('parties')} parties found)`);
  console.log(`Readability (parse + extract), cold CPU: total ${f1(sum('readMs'))} ms, median ${f1(median(rows.map((r) => r.readMs)))} ms a page`);
  console.log(`analysis, cold CPU (first call):   total ${f1(sum('analysisMs'))} ms, median ${f1(median(rows.map((r) => r.analysisMs)))} ms a page`);
  // (not warm: V8 still runs most of the stage unoptimised and compiles its hot functions during this call; the
  // warm cost, after a few hundred analyses in one process, is benchmarks/analysis.mjs's)
  console.log(`analysis, second call, same page:  total ${f1(sum('warmMs'))} ms, median ${f1(median(rows.map((r) => r.warmMs)))} ms a page`);
  console.log(`analysis / Readability, cold:      ${f1(100 * sum('analysisMs') / sum('readMs'))} % of the total; per page median ${f1(100 * median(ratio))} %, worst ${f1(100 * Math.max(...ratio))} % (goal <= 25 %)`);
  console.log(`wall clock, cold (median a page):  Readability ${f1(median(rows.map((r) => r.readWall)))} ms, analysis ${f1(median(rows.map((r) => r.analysisWall)))} ms`);
  if (split) console.log(`split, cold CPU (median a page):   language + scan ${f1(median(rows.map((r) => r.scanMs)))} ms, tagger ${f1(median(rows.map((r) => r.tagMs)))} ms, then the whole analysis ${f1(median(rows.map((r) => r.analysisMs)))} ms`);
  console.log(`model load (read + parse):         median ${f1(median(rows.map((r) => r.modelMs)))} ms; module import median ${f1(median(rows.map((r) => r.importMs)))} ms`);
  // the model's file is chosen by the language guess, whose first use also warms what the analysis reads (the
  // character table): a cost moved between the two lines above shows in neither alone
  console.log(`model load + analysis, cold CPU:   median ${f1(median(rows.map((r) => r.modelMs + r.analysisMs)))} ms a page, total ${f1(sum('modelMs') + sum('analysisMs'))} ms`);
}
const sizes = fs.readdirSync(models).filter((m) => m.endsWith('.bin')).map((m) => { const b = fs.readFileSync(path.join(models, m)); return `${m} ${(b.length / 1024).toFixed(0)} KB (${(zlib.gzipSync(b).length / 1024).toFixed(0)} KB gzipped)`; });
console.log(`models: ${sizes.join(', ')}`);
fs.rmSync(tmp, { recursive: true, force: true });
