// Article detection on real pages: how many news pages read as articles, and whether a page that is not one does.
//   aeb          ../shared/corpus/aeb-dev: 80 news pages, all articles           (tuned on)
//   readability  ../shared/corpus/readability-test-pages: `readerable` per page  (tuned on)
//   fixtures     ../shared/fixtures/{nonarticle,boilerplate,seed} and tests/pipeline/pages (`isArticle` per page)
//   fundus       ../shared/corpus/fundus-dev: 216 news pages in 5 languages      (checked only, never tuned on)
// By default through the CLI (`clearpage analyze --jsonl`, as the scorers run it); `--direct` runs lib/detect alone
// over linkedom (the same DOM, a few seconds instead of minutes: for development).
// Usage: node eval/detect-pages.mjs [--sets aeb,readability,fixtures,fundus] [--direct] [--show]
// Prints each page judged wrong with its score and reasons, then one summary line per set:
//   "detect aeb: 80/80 articles as articles", "detect readability: 114/121 articles as articles, 0/7 others as
//   articles", …; through the CLI, pages whose pipeline failed (an error record) are named at the end of the line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'));
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const sets = opt('--sets', 'aeb,readability,fixtures,fundus').split(',');
const direct = argv.includes('--direct'), show = argv.includes('--show');
if (!fs.existsSync(path.join(shared, 'corpus'))) { console.log(`detect-pages skipped: no ${shared}/corpus beside the checkout`); process.exit(0); }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'detect-'));
const unzip = (src) => { const f = path.join(tmp, path.basename(src, '.gz')); fs.writeFileSync(f, zlib.gunzipSync(fs.readFileSync(src))); return f; };
const corpus = (...p) => path.join(shared, 'corpus', ...p);

/** Each set: pages as { file, want (true = article, false = not, null = either), url }. */
const load = {
  aeb: () => fs.readdirSync(corpus('aeb-dev', 'html')).sort().map((f) => ({ file: unzip(corpus('aeb-dev', 'html', f)), want: true })),
  fundus: () => fs.readdirSync(corpus('fundus-dev', 'pages')).sort().map((f) => ({ file: unzip(corpus('fundus-dev', 'pages', f)), want: true })),
  readability: () => fs.readdirSync(corpus('readability-test-pages')).sort()
    .filter((d) => fs.existsSync(corpus('readability-test-pages', d, 'source.html')))
    .map((d) => ({ file: corpus('readability-test-pages', d, 'source.html'), url: 'http://fakehost/test/page.html',
      want: !!JSON.parse(fs.readFileSync(corpus('readability-test-pages', d, 'expected-metadata.json'), 'utf8')).readerable })),
  fixtures: () => [path.join(shared, 'fixtures', 'nonarticle'), path.join(shared, 'fixtures', 'boilerplate'), path.join(shared, 'fixtures', 'seed'), path.join(root, 'tests', 'pipeline', 'pages')]
    .filter((d) => fs.existsSync(d)).flatMap((d) => fs.readdirSync(d).sort().filter((f) => f.endsWith('.expected.json')).flatMap((f) => {
      const exp = JSON.parse(fs.readFileSync(path.join(d, f), 'utf8')), html = path.join(d, f.replace('.expected.json', '.html'));
      return typeof exp.isArticle === 'boolean' && fs.existsSync(html) ? [{ file: html, url: exp.url, want: exp.debatable ? null : exp.isArticle }] : [];
    })),
};

async function detector() {
  if (!direct) return null;
  const { build } = await import('esbuild');
  const out = path.join(root, '.tmp', 'detect-pages.mjs'); // inside the checkout, so that its packages resolve
  await build({ entryPoints: [fs.existsSync(path.join(root, 'lib', 'detect', 'index.ts')) ? path.join(root, 'lib', 'detect', 'index.ts') : path.join(root, 'lib', 'detect.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
  const { detectArticle } = await import(out);
  const { parseHTML } = await import('linkedom');
  return (p) => detectArticle(parseHTML(fs.readFileSync(p.file, 'utf8')).document, p.url);
}

/** Verdicts through the CLI, one run per URL given (the Readability pages share theirs). */
function viaCli(pages) {
  const out = new Map();
  const groups = Map.groupBy ? Map.groupBy(pages, (p) => p.url ?? '') : pages.reduce((m, p) => m.set(p.url ?? '', [...(m.get(p.url ?? '') ?? []), p]), new Map());
  for (const [url, group] of groups) for (let i = 0; i < group.length; i += 100) {
    const files = group.slice(i, i + 100).map((p) => p.file);
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'clearpage.mjs'), 'analyze', '--jsonl', ...(url ? ['--url', url] : []), ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
    for (const line of r.stdout.split('\n')) if (line.trim()) { const rec = JSON.parse(line); out.set(path.resolve(rec.file), { isArticle: rec.isArticle, score: rec.articleScore, reasons: rec.reasons ?? [rec.error], error: rec.error }); }
  }
  return out;
}

const detect = await detector();
for (const set of sets) {
  if (!load[set]) { console.log(`unknown set ${set}`); continue; }
  const pages = load[set]();
  const got = detect ? new Map(pages.map((p) => [p.file, detect(p)])) : viaCli(pages);
  const tally = { yes: [0, 0], no: [0, 0] }, failed = [];
  for (const p of pages) {
    const d = got.get(path.resolve(p.file)) ?? got.get(p.file);
    if (p.want === null || !d) continue;
    if (d.error) failed.push(path.basename(p.file));
    const t = tally[p.want ? 'yes' : 'no'];
    t[1]++; if (d.isArticle) t[0]++;
    if (show || d.isArticle !== p.want) console.log(`${d.isArticle === p.want ? 'ok  ' : 'MISS'} ${set} ${path.relative(shared, p.file).replace(/^\.\.\//, '')} ${d.score}: ${d.reasons.join('; ')}`);
  }
  const [ya, yn] = tally.yes, [na, nn] = tally.no;
  console.log(`detect ${set}: ${ya}/${yn} articles as articles` + (nn ? `, ${na}/${nn} others as articles` : '') +
    (failed.length ? ` (${failed.length} failed in the pipeline, so not counted as articles: ${failed.join(', ')})` : ''));
}
fs.rmSync(tmp, { recursive: true, force: true });
