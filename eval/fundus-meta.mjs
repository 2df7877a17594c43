// What the reader sees above the story, against fundus's truth: the headline, the date and the byline of each of the
// fundus pages (../shared/corpus/fundus-dev, its truth/<slug>.json: title, published, authors). fundus reads them from
// the page's metadata, so its headline is the metadata's (where a page's <h1> differs, the truth follows the
// metadata): a guard against losing what the extraction reads right, not a measure of the visible headline.
//   headline  the title as shown, equal to the truth's (white space, case and quotation marks aside)
//   date      within 36 hours of the truth's (a date without a time, a time zone read differently)
//   byline    every author the truth names is in the byline
// Usage: node eval/fundus-meta.mjs [--data ../shared/corpus/fundus-dev] [--show headline|date|byline]
// Prints "fundus-meta: headline H/N, date D/N, byline B/N".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const data = path.resolve(opt('--data', path.join('..', 'shared', 'corpus', 'fundus-dev')));
const show = opt('--show', null);
if (!fs.existsSync(path.join(data, 'truth'))) { console.log(`skipped: no fundus pages at ${data}`); process.exit(0); }

// The command refuses gzipped input: each page is unpacked into a folder of its own first.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fundus-meta-'));
const slugs = fs.readdirSync(path.join(data, 'truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const files = [];
for (const slug of slugs) {
  const gz = path.join(data, 'pages', `${slug}.html.gz`);
  if (!fs.existsSync(gz)) continue;
  const file = path.join(tmp, `${slug}.html`);
  fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(gz)));
  files.push(file);
}
const r = spawnSync(process.execPath, ['bin/clearpage.mjs', 'analyze', '--jsonl', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
fs.rmSync(tmp, { recursive: true, force: true });

const norm = (s) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[\s\u00a0\u200b]+/g, ' ').replace(/[„“”"«»‚‘’'`]/g, '').trim();
const near = (a, b) => { const x = Date.parse(a), y = Date.parse(b); return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 36 * 3600e3; };
let n = 0, headline = 0, date = 0, dated = 0, byline = 0, bylined = 0;
for (const line of r.stdout.split('\n')) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const slug = path.basename(rec.file, '.html');
  const t = JSON.parse(fs.readFileSync(path.join(data, 'truth', `${slug}.json`), 'utf8'));
  const a = rec.article ?? {};
  n++;
  if (norm(a.title) === norm(t.title)) headline++; else if (show === 'headline') console.log(`${slug}: ${a.title} | truth: ${t.title}`);
  if (t.published) {
    dated++;
    if (near(a.publishedTime, t.published.replace(' ', 'T'))) date++; else if (show === 'date') console.log(`${slug}: ${a.publishedTime} | truth: ${t.published}`);
  }
  if (t.authors?.length) {
    bylined++;
    if (t.authors.every((x) => norm(a.byline).includes(norm(x)))) byline++; else if (show === 'byline') console.log(`${slug}: ${a.byline} | truth: ${t.authors.join(', ')}`);
  }
}
console.log(`fundus-meta: headline ${headline}/${n}, date ${date}/${dated}, byline ${byline}/${bylined}`);
