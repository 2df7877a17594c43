// What analyze and clean print: analyze's JSON records, clean's view for a person. Pure formatting: the caller
// writes the strings. (export's documents come from lib/export.ts, loaded only by that command: Turndown and yaml
// take longer to load than a page takes to analyse.)
import { quoteForDisplay } from '../lib/quote-text';
import { shownKeyQuotes } from '../lib/analysis/keyquotes';
import type { ArticleSanitizer } from '../lib/sanitize';
import type { Report } from '../lib/types';
import { splitTitle } from '../lib/title';
import { CONTINUES_NOTE } from '../lib/next-page';
import { failed, type JobResult } from './process';

/** analyze's record of one input: the Report (article.html and removed[].html sanitised when asked), or { file, error }. */
export function analyzeRecord(result: JobResult, o: { jsonl: boolean; sanitize?: ArticleSanitizer | null }): string {
  let rec: JobResult = result;
  if (!failed(result) && o.sanitize && result.article) {
    const clean = o.sanitize, base = result.url;
    rec = { ...result, article: { ...result.article, html: clean(result.article.html, base) }, removed: result.removed.map((r) => ({ ...r, html: clean(r.html, base) })) };
  }
  return JSON.stringify(rec, null, o.jsonl ? undefined : 2) + '\n';
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 3) + '...' : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text for a terminal: a page's control characters (escape sequences among them) are not passed on. */
const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/** clean's view: the article, the removals with their reasons, the key quotes and the parties. */
export function cleanView(report: Report): string {
  const a = report.article!;
  const title = oneLine(splitTitle(a.title, a.siteName, report.url).title) || '(no title)';
  // Who paid for or partnered on the story is said under its title, as the reader says it with the byline.
  const sponsor = a.sponsor ? `[${oneLine(a.sponsor)}]\n\n` : '';
  const out = [`${title}\n${'='.repeat(Math.min(title.length, 80))}\n\n${sponsor}${a.withCaptions ?? a.text}\n`];
  if (a.continues) out.push(`[${CONTINUES_NOTE} ${oneLine(a.continues)}]\n`);
  out.push(`--- Removed ${report.removed.length} block${report.removed.length === 1 ? '' : 's'} ---`);
  for (const r of report.removed) out.push(`[${r.reason}${r.kind ? ` ${r.kind}` : ''}] ${cut(oneLine(r.text), 100)}`);
  // (the popup's five, in its order)
  const key = shownKeyQuotes(report.quotes, a.text).slice(0, 5);
  if (key.length) out.push('', '--- Key quotes ---', ...key.map((q) => `“${oneLine(quoteForDisplay(q.text))}” — ${q.speaker ?? 'unattributed'}`));
  if (report.parties.length) {
    out.push('', '--- Parties ---');
    for (const p of report.parties.slice(0, 10)) out.push(`${p.name} (${p.type})${p.aliases.length ? ` aka ${p.aliases.join(', ')}` : ''}${p.description ? `: ${p.description}` : ''}`);
  }
  return printable(out.join('\n')) + '\n';
}
