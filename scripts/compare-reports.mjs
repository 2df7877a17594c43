// Which pages' outputs changed between two `clearpage analyze --jsonl` reports of the same pages (timings left out):
// a change's reach on real pages before it lands. Usage: node scripts/compare-reports.mjs BEFORE.jsonl AFTER.jsonl
//   [--show text|quotes|parties|removed|meta] prints the lines each changed page lost (-) and gained (+) in that field.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const [a, b] = process.argv.slice(2, 4);
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : null;
const load = (f) => new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); delete r.timings; return [basename(r.file), r]; }));
const A = load(a), B = load(b);
const pick = {
  text: (r) => r.article?.text ?? '',
  quotes: (r) => (r.quotes ?? []).map((q) => `${q.text?.slice(0, 80)} — ${q.speaker ?? q.speakerName ?? JSON.stringify(q.speaker)}`).join('\n'),
  parties: (r) => (r.parties ?? []).map((p) => `${p.name} [${p.type}]${p.aliases?.length ? ' aka ' + p.aliases.join('|') : ''}`).join('\n'),
  removed: (r) => (r.removed ?? []).map((x) => `${x.rule}: ${x.text?.slice(0, 80)}`).join('\n'),
  meta: (r) => JSON.stringify({ t: r.article?.title, b: r.article?.byline, s: r.article?.siteName, d: r.article?.publishedTime, l: r.article?.lang, st: r.article?.standfirst, ex: r.article?.excerpt }),
};
const counts = {}; let same = 0, other = 0;
for (const [k, ra] of A) {
  const rb = B.get(k); if (!rb) { console.log('missing in B', k); continue; }
  if (JSON.stringify(ra) === JSON.stringify(rb)) { same++; continue; }
  let any = false;
  for (const [f, fn] of Object.entries(pick)) {
    const x = fn(ra), y = fn(rb);
    if (x !== y) { counts[f] = (counts[f] ?? 0) + 1; any = true;
      if (show === f) { console.log(`\n=== ${k} (${f})`); const xs = new Set(x.split('\n')), ys = new Set(y.split('\n'));
        for (const l of xs) if (!ys.has(l)) console.log('- ' + l.slice(0, 300)); for (const l of ys) if (!xs.has(l)) console.log('+ ' + l.slice(0, 300)); } }
  }
  if (!any) other++;
}
console.log(`identical ${same}/${A.size}; changed: ${JSON.stringify(counts)}; other fields only ${other}`);
