// Quality gates: run the scorers in ../shared/eval (and our own Readability-pages check) against this checkout's
// CLI, compare each figure with the best the repo has recorded in eval/quality-baseline.json, and fail when one
// falls below it (a ratchet). `--record` raises the recorded figures that improved (run it by hand, commit the file).
// Skips with a clear message when ../shared is absent.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'));
const baselineFile = path.join(root, 'eval', 'quality-baseline.json');
const record = process.argv.includes('--record');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: node eval/gates.mjs [--only NAME_PREFIX,...] [--record]\n  --only    run the gates whose names start with one of these (e.g. aeb,fundus,quotes-real)\n  --record  raise eval/quality-baseline.json where a figure improved');
  process.exit(0);
}
if (!fs.existsSync(path.join(shared, 'eval'))) { console.log(`quality gates skipped: no ${shared}/eval beside the checkout`); process.exit(0); }

const node = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { out: (r.stdout || '') + (r.stderr || ''), code: r.status };
};
// The scorers run node_modules/.bin/clearpage of the folder they start in. In a git worktree whose node_modules is a
// link to another checkout's, that is the other checkout's CLI: every figure would be the other code's. Refuse.
const bin = path.join(root, 'node_modules', '.bin', 'clearpage');
const runs = fs.existsSync(bin) ? fs.realpathSync(bin) : null;
if (runs && runs !== fs.realpathSync(path.join(root, 'bin', 'clearpage.mjs'))) {
  console.log(`quality gates: node_modules/.bin/clearpage runs ${runs}, not this checkout's bin/clearpage.mjs (node_modules is linked from another checkout); give this checkout a node_modules of its own, or a real node_modules/.bin`);
  process.exit(1);
}
// The scorers run bin/clearpage.mjs, which runs the bundle in dist/: build it from this checkout's sources first, so a
// gate never measures a stale bundle.
if (node([path.join(root, 'scripts', 'build-cli.mjs')]).code !== 0) { console.log('quality gates: the CLI did not build'); process.exit(1); }
const ev = (f) => path.join(shared, 'eval', f);
const fx = (d) => path.join(shared, 'fixtures', d);
const num = (out, re) => { const m = re.exec(out); return m ? Number(m[1]) : NaN; };
const share = (out) => num(out, /(\d+)\/\d+ fixtures pass whole/) / num(out, /\d+\/(\d+) fixtures pass whole/);
let quotesRealOut = null;
const quotesReal = () => (quotesRealOut ??= node([ev('fixtures.mjs'), fx('quotes-real'), '--rate', '0.9']).out);

let fundusOut = null, fundusMetaOut = null;
const fundusMeta = () => (fundusMetaOut ??= node([path.join(root, 'eval', 'fundus-meta.mjs'), '--data', path.join(shared, 'corpus', 'fundus-dev')]).out);
const fundus = () => (fundusOut ??= node([ev('fundus.mjs')]).out);
// Article detection on real pages (eval/detect-pages.mjs, one CLI run shared by its three gates).
let detectOut = null;
const detected = (re) => num(detectOut ??= node([path.join(root, 'eval', 'detect-pages.mjs'), '--sets', 'aeb,readability']).out, re);

// Each gate: a name, how to measure it, and whether higher is better.
const gates = [
  { name: 'seed.whole', higher: true, run: () => share(node([ev('fixtures.mjs'), fx('seed')]).out) },
  { name: 'boilerplate.clean.whole', higher: true, run: () => share(node([ev('fixtures.mjs'), fx('boilerplate'), '--only', 'clean']).out) },
  { name: 'detect.whole', higher: true, run: () => share(node([ev('fixtures.mjs'), fx('nonarticle'), fx('boilerplate'), fx('seed'), '--only', 'detect']).out) },
  { name: 'detect.aeb.articles', higher: true, run: () => detected(/detect aeb: (\d+)\//) },
  { name: 'detect.readability.readerableAsArticles', higher: true, run: () => detected(/detect readability: (\d+)\//) },
  { name: 'detect.readability.othersAsArticles', higher: false, run: () => detected(/detect readability: .*?, (\d+)\/\d+ others/) },
  { name: 'aeb.f1', higher: true, run: () => num(node([ev('aeb.mjs')]).out, /AEB .*? F1=([\d.]+)/) },
  // fundus: real pages in five languages; F1 and the ground-truth paragraphs lost (lower is better), one run for both.
  { name: 'fundus.f1', higher: true, run: () => num(fundus(), /fundus .*? F1=([\d.]+)/) },
  { name: 'fundus.paragraphsLost', higher: false, run: () => num(fundus(), /paragraphs lost (\d+)\//) },
  // what the reader sees above the story (eval/fundus-meta.mjs: the truth's headline, date and authors), one run
  ...['headline', 'date', 'byline'].map((field) => ({ name: `fundus.meta.${field}`, higher: true, run: () => num(fundusMeta(), new RegExp(`${field} (\\d+)/`)) })),
  { name: 'readability.pagesLosingParagraphs', higher: false, run: () => num(node([path.join(root, 'eval', 'readability-pages.mjs'), '--data', path.join(shared, 'corpus', 'readability-test-pages')]).out, /readability-pages: (\d+) of/) },
  { name: 'quotes.rates', higher: true, run: () => {
    const out = node([ev('fixtures.mjs'), fx('quotes'), '--rate', '0.9']).out;
    const m = /rates (.*?); below/.exec(out);
    if (!m) return NaN;
    return Math.min(...m[1].split(', ').map((kv) => Number(kv.split(' ').pop())));
  } },
  { name: 'polnear.f1', higher: true, run: () => num(node([ev('polnear.mjs')]).out, /quote\+speaker .*?F1=([\d.]+)/) },
  // PolNeAR's training split: what the attribution is tuned on (the dev gate above is read, not tuned to)
  { name: 'polnear-train.f1', higher: true, run: () => num(node([ev('polnear.mjs'), '--data', path.join(shared, 'corpus', 'polnear-train')]).out, /quote\+speaker .*?F1=([\d.]+)/) },
  // real news pages (de, en, es, fr, ja): each rate of the fixtures scorer, from one run
  ...['quote found', 'speaker', 'key quote', 'quote precision', 'party', 'party type', 'not party'].map((rate) => ({
    name: `quotes-real.${rate.replace(/ (\w)/g, (_, c) => c.toUpperCase())}`, higher: true,
    run: () => num(quotesReal(), new RegExp(`rates .*?${rate} ([\\d.]+)`)),
  })),
  // typed entities: the parties' names and aliases against tagged corpora
  ...[['ner.ewt.f1', 'uner/English-EWT/en_ewt-ud-dev.iob2'], ['ner.bosque.f1', 'uner/Portuguese-Bosque/pt_bosque-ud-dev.iob2'], ['ner.wikigold.f1', 'wikigold/wikigold.conll'],
    // the other UNER dev splits (never trained on): the languages the pooled model serves (sv, sk), their own models' (da, hr), Chinese
    ['ner.sv.f1', 'uner/Swedish-Talbanken/sv_talbanken-ud-dev.iob2'], ['ner.sk.f1', 'uner/Slovak-SNK/sk_snk-ud-dev.iob2'], ['ner.da.f1', 'uner/Danish-DDT/da_ddt-ud-dev.iob2'],
    ['ner.hr.f1', 'uner/Croatian-SET/hr_set-ud-dev.iob2'], ['ner.zh.f1', 'uner/Chinese-GSD/zh_gsd-ud-dev.iob2']]
    .map(([name, file]) => ({ name, higher: true, run: () => num(node([ev('ner.mjs'), path.join(shared, 'corpus', 'ner', file)]).out, /typed entity .*?F1=([\d.]+)/) })),
];

const baseline = fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')) : { figures: {} };
// --only a,b: the gates whose names start with one of these (a quick check while working; CI runs them all).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
let passed = 0, failed = 0, raised = false;
for (const g of gates.filter((x) => !only || only.some((o) => x.name.startsWith(o)))) {
  const value = g.run();
  const best = baseline.figures[g.name];
  const worse = Number.isNaN(value) || (best !== undefined && (g.higher ? value < best - 1e-9 : value > best + 1e-9));
  const better = !Number.isNaN(value) && (best === undefined || (g.higher ? value > best : value < best));
  console.log(`${worse ? 'FAIL' : 'ok  '} ${g.name}: ${Number.isNaN(value) ? 'not measured' : +value.toFixed(4)} (recorded best ${best ?? 'none'})`);
  if (worse) failed++; else passed++;
  if (record && better) { baseline.figures[g.name] = +value.toFixed(4); raised = true; }
}
if (raised) { fs.writeFileSync(baselineFile, JSON.stringify(baseline, null, 2) + '\n'); console.log(`recorded the improved figures in ${path.relative(root, baselineFile)}`); }
console.log(`quality gates: ${passed} passed, ${failed} failed`);
// Not process.exit(): output queued behind spawnSync for a slow reader would be dropped.
process.exitCode = failed ? 1 : 0;
