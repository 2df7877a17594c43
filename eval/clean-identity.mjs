// The clean stage's decisions on every page we have, written down so that a change meant to make cleaning cheaper can
// be shown to change none of them: for each page of ../shared's AEB and fundus dev sets, ../shared's fixtures and the
// repo's own test pages, the pipeline's removals (block index, reason, rule, kind, fingerprint, score, evidence) and
// the article text after cleaning, one JSON line a page.
// Usage: node eval/clean-identity.mjs --out FILE            (write the record)
//        node eval/clean-identity.mjs --compare FILE        (write a fresh record beside it and list the pages that differ)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'));
const argv = process.argv.slice(2);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const compare = opt('--compare');
const out = opt('--out') ?? (compare ? `${compare}.new` : null);
if (!out) { console.log('usage: node eval/clean-identity.mjs --out FILE | --compare FILE'); process.exit(2); }

fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
const bundle = path.join(root, '.tmp', 'clean-identity.mjs');
await build({
  stdin: { contents: "export { runPipeline } from './lib/pipeline';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'warning',
});
const [{ parseHTML }, { runPipeline }] = await Promise.all([import('linkedom'), import(bundle)]);

/** Every page: [name, html]. Sets that are absent (no ../shared) are skipped. */
function* pages() {
  // Names relative to ../shared or to the checkout: records from two checkouts compare.
  const name = (f) => (f.startsWith(shared) ? `shared/${path.relative(shared, f)}` : path.relative(root, f));
  const dir = (d, re, read) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => re.test(f)).sort().map((f) => [name(path.join(d, f)), read(path.join(d, f))]) : []);
  const gz = (f) => zlib.gunzipSync(fs.readFileSync(f)).toString('utf8');
  const txt = (f) => fs.readFileSync(f, 'utf8');
  yield* dir(path.join(shared, 'corpus', 'aeb-dev', 'html'), /\.html\.gz$/, gz);
  yield* dir(path.join(shared, 'corpus', 'fundus-dev', 'pages'), /\.html\.gz$/, gz);
  for (const set of ['boilerplate', 'seed', 'nonarticle']) yield* dir(path.join(shared, 'fixtures', set), /\.html$/, txt);
  yield* dir(path.join(root, 'tests', 'pipeline', 'pages'), /\.html$/, txt);
  yield* dir(path.join(root, 'tests', 'e2e', 'pages'), /\.html$/, txt);
}

const lines = [];
for (const [name, html] of pages()) {
  let row;
  try {
    const doc = parseHTML(html).document;
    const r = runPipeline(doc, { force: true, inPlace: true });
    row = {
      page: name,
      removed: r.removed.map((x) => ({ index: x.index, reason: x.reason, rule: x.rule, kind: x.kind, fp: x.fingerprint, score: x.score, evidence: x.evidence, text: x.text })),
      text: r.article?.text ?? null,
    };
  } catch (e) { row = { page: name, error: String(e?.stack ?? e).split('\n').slice(0, 3).join(' | ') }; }
  lines.push(JSON.stringify(row));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`clean identity: ${lines.length} pages written to ${out}`);

if (compare) {
  const before = new Map(fs.readFileSync(compare, 'utf8').trim().split('\n').map((l) => [JSON.parse(l).page, l]));
  const differ = lines.filter((l) => before.get(JSON.parse(l).page) !== l).map((l) => JSON.parse(l).page);
  const missing = [...before.keys()].filter((p) => !lines.some((l) => JSON.parse(l).page === p));
  console.log(differ.length || missing.length ? `clean identity: ${differ.length} pages differ, ${missing.length} missing: ${[...differ, ...missing].slice(0, 20).join(', ')}` : 'clean identity: every page identical');
  process.exit(differ.length || missing.length ? 1 : 0);
}
