// The entity tagger's cost: model sizes (raw and gzipped), the tagger's code size, load time (parse the bytes),
// and the time to scan and tag a 1,500-word article — warm (median of many runs in one process) and cold (a fresh
// process: import, parse the model, tag once). Articles: real English/German/Spanish/French/Japanese texts from
// ../shared/corpus/fundus-dev when it is there, the bundled sample page's text otherwise. Prints; asserts nothing.
// A/B: `--keep FILE` keeps this checkout's tagger bundle (e.g. before a change); `--also NAME=FILE` times that
// bundle too, alternated with this one (warm: run by run in one process; cold: process by process).
// Usage: node benchmarks/ner.mjs [--rounds N] [--cold N] [--langs N] [--keep FILE] [--also NAME=FILE]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const rounds = Number(opt('--rounds', 60)) || 60;
const modelsDir = path.join(root, 'lib', 'analysis', 'ner', 'models');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-bench-ner-'));
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

// 1. Sizes: every model file, and the tagger's code (scanner included) bundled alone, minified.
const entry = { contents: "export * from './lib/analysis/ner'; export { scan } from './lib/analysis/text';", resolveDir: root, loader: 'ts' };
const bundle = path.join(tmp, 'ner.mjs');
await build({ stdin: entry, bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'warning' });
const code = fs.readFileSync(bundle);
if (opt('--keep')) fs.copyFileSync(bundle, path.resolve(opt('--keep')));
console.log(`tagger code (scanner included): ${kb(code.length)} minified, ${kb(zlib.gzipSync(code, { level: 9 }).length)} gzipped`);
const files = fs.readdirSync(modelsDir).filter((f) => f.endsWith('.bin')).sort();
for (const f of files) {
  const b = fs.readFileSync(path.join(modelsDir, f));
  console.log(`  ${f.padEnd(10)} ${kb(b.length).padStart(8)} raw, ${kb(zlib.gzipSync(b, { level: 9 }).length).padStart(7)} gzipped (budget 1,536 KB)`);
}

// 2. Articles of 1,500 words.
function articles() {
  const truth = path.join(root, '..', 'shared', 'corpus', 'fundus-dev', 'truth');
  const out = new Map();
  if (fs.existsSync(truth)) {
    for (const f of fs.readdirSync(truth).sort()) {
      const t = JSON.parse(fs.readFileSync(path.join(truth, f), 'utf8'));
      const cur = out.get(t.lang) ?? [];
      cur.push(...(t.paragraphs ?? []));
      out.set(t.lang, cur);
    }
  } else {
    const html = fs.readFileSync(path.join(root, 'samples', 'harbour-ferry-strike.html'), 'utf8');
    const paras = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim()).filter(Boolean);
    out.set('en', Array(20).fill(paras).flat());
  }
  const texts = new Map();
  for (const [lang, paras] of out) {
    const picked = [];
    let words = 0;
    for (const p of paras) {
      if (words >= 1500) break;
      const n = lang === 'ja' || lang === 'zh' ? Math.ceil([...p].length / 2) : p.split(/\s+/).length;
      picked.push(p); words += n;
    }
    if (words >= 1500) texts.set(lang, picked.join('\n\n'));
  }
  return texts;
}
const texts = articles();

// 3. Warm: one process, the model parsed once, the article tagged many times. With --also, every build in the same
// process, round by round in alternation (the load of a shared machine hits both alike).
const builds = [['this', bundle]];
if (opt('--also')) { const [name, file] = opt('--also').split('='); builds.push([name, path.resolve(file)]); }
const libs = await Promise.all(builds.map(([, b]) => import(pathToFileURL(b).href)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
console.log(`\nwarm, CPU time of scan + tag: median of ${rounds} runs after 10 warm-up runs (builds alternated run by run), wall median beside`);
for (const [lang, text] of texts) {
  const file = libs[0].modelFileFor(lang), bytes = new Uint8Array(fs.readFileSync(path.join(modelsDir, file)));
  const state = libs.map((lib) => {
    const t = performance.now(), model = lib.parseModel(bytes), parseMs = performance.now() - t;
    for (let k = 0; k < 10; k++) lib.tagText(model, text);
    return { lib, model, parseMs, cpu: [], wall: [], scan: [], mentions: 0 };
  });
  for (let k = 0; k < rounds; k++) {
    for (const st of k % 2 ? [...state].reverse() : state) {
      const c = cpuNow(), t = performance.now(), s = st.lib.scan(text), t1 = performance.now();
      st.mentions = st.lib.tagScanned(st.model, s).length;
      st.wall.push(performance.now() - t); st.cpu.push(cpuNow() - c); st.scan.push(t1 - t);
    }
  }
  state.forEach((st, b) => console.log(`  ${lang} (${file}, ${text.length} chars)${builds.length > 1 ? ` [${builds[b][0]}]` : ''}: scan + tag ${median(st.cpu).toFixed(2)} ms CPU, ${median(st.wall).toFixed(2)} ms wall (scan alone ${median(st.scan).toFixed(2)} ms), ${st.mentions} mentions; parse ${st.parseMs.toFixed(1)} ms (goal ≤ 10 ms warm)`));
}

// 4. Cold: a fresh process imports the tagger, reads and parses the model, tags the article once; CPU time of the
// process (all threads: V8 compiles hot code on a background thread, and that counts), median of --cold N
// processes a build (default 3), builds alternated process by process.
const coldRuns = Number(opt('--cold', '3'));
console.log(`\ncold, a fresh process each (import + read + parse + first tag), CPU time, median of ${coldRuns} processes`);
const textFile = path.join(tmp, 'text.txt');
for (const lang of ['en', ...[...texts.keys()].filter((l) => l !== 'en')].slice(0, Number(opt('--langs', '3')))) {
  if (!texts.has(lang)) continue;
  fs.writeFileSync(textFile, texts.get(lang));
  const script = (b) => `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const t0 = cpu();
    const lib = await import(${JSON.stringify(pathToFileURL(b).href)});
    const fs = await import('node:fs');
    const t1 = cpu();
    const model = lib.parseModel(new Uint8Array(fs.readFileSync(${JSON.stringify(modelsDir)} + '/' + lib.modelFileFor(${JSON.stringify(lang)}))));
    const t2 = cpu();
    lib.tagText(model, fs.readFileSync(${JSON.stringify(textFile)}, 'utf8'));
    const t3 = cpu();
    console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, tagMs: t3 - t2 }));`;
  const rs = builds.map(() => []);
  for (let k = 0; k < coldRuns; k++) {
    for (const b of k % 2 ? [...builds.keys()].reverse() : builds.keys()) {
      rs[b].push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script(builds[b][1])], { encoding: 'utf8' })));
    }
  }
  builds.forEach(([name], b) => {
    const m = (k) => median(rs[b].map((r) => r[k])).toFixed(1);
    console.log(`  ${lang}${builds.length > 1 ? ` [${name}]` : ''}: import ${m('importMs')} ms, read + parse model ${m('loadMs')} ms, first tag ${m('tagMs')} ms`);
  });
}
fs.rmSync(tmp, { recursive: true, force: true });
