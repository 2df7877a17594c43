// Readability's own test pages: does the clean stage remove any paragraph that Readability's expected output keeps?
// For each page, every paragraph (<p>, <pre>, <blockquote>) of expected.html that is in a removal of ours counts as
// lost, whatever the reason given: Readability keeps some boilerplate, and the pages that lose any are printed so
// that each can be judged.
// Usage: node eval/readability-pages.mjs [--data ../shared/corpus/readability-test-pages] [--max-pages N]
// Prints each page that lost a paragraph, then "readability-pages: N of M pages lost a paragraph".
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const data = path.resolve(opt('--data', path.join('..', 'shared', 'corpus', 'readability-test-pages')));
const maxPages = Number(opt('--max-pages', '3'));
if (!fs.existsSync(data)) { console.log(`skipped: no Readability test pages at ${data}`); process.exit(0); }

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const pages = fs.readdirSync(data).filter((d) => fs.existsSync(path.join(data, d, 'source.html'))).sort();
const files = pages.map((d) => path.join(data, d, 'source.html'));
const r = spawnSync(process.execPath, ['bin/clearpage.mjs', 'analyze', '--jsonl', '--url', 'http://fakehost/test/page.html', ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
const recs = new Map();
for (const line of r.stdout.split('\n')) if (line.trim()) { const rec = JSON.parse(line); recs.set(rec.file, rec); }

const reviewedFile = path.join(path.dirname(new URL(import.meta.url).pathname), 'readability-pages.reviewed.json');
const reviewed = JSON.parse(fs.readFileSync(reviewedFile, 'utf8')).reviewed;
let lostPages = 0, reviewedPages = 0;
for (let k = 0; k < pages.length; k++) {
  const rec = recs.get(files[k]);
  const removed = (rec?.removed ?? []).map((x) => ({ ...x, n: norm(x.text) }));
  if (!removed.length) continue;
  const { document } = parseHTML(fs.readFileSync(path.join(data, pages[k], 'expected.html'), 'utf8'));
  const lost = [];
  for (const el of document.querySelectorAll('p, pre, blockquote')) {
    const t = norm(el.textContent);
    if (t.length < 2) continue;
    const hit = removed.find((x) => x.n === t || (t.length >= 30 && x.n.includes(t)));
    if (!hit) continue;
    const ok = (reviewed[pages[k]] ?? []).some((r) => r.text === t.slice(0, 90));
    lost.push(`${ok ? '  reviewed as boilerplate: ' : ''}[${hit.reason}/${hit.rule}] ${t.slice(0, 90)}`);
  }
  const unreviewed = lost.filter((l) => l.startsWith('['));
  if (unreviewed.length) { lostPages++; console.log(`${pages[k]}: ${unreviewed.length} lost\n  ${unreviewed.slice(0, 6).join('\n  ')}`); }
  else if (lost.length) reviewedPages++;
}
console.log(`readability-pages: ${lostPages} of ${pages.length} pages lost a paragraph to cleaning (allowed: ${maxPages}); ` +
  `${reviewedPages} more removed only paragraphs reviewed as boilerplate (${path.basename(reviewedFile)})`);
process.exit(lostPages <= maxPages ? 0 : 1);
