// The batch: each input read (cli/read.ts), then decoded, parsed and run through the pipeline within its time
// budget (cli/budget.ts, cli/job.ts), in this thread or, for analyze over several files, in worker threads (--jobs,
// cli/pool.ts); its record or document printed as soon as it and those before it are done. What the output
// does not print is not computed (no analysis for text or HTML export) and not loaded (the analysis, the sanitiser).
import fs from 'node:fs';
import path from 'node:path';
import { jobCount, type Options } from './args';
import { withinBudget } from './budget';
import { scanInput, headUrl, failed } from './process';
import { readBytes, runOne, pageLine } from './job';
import { Pool, type LocalRun, type PageOutcome } from './pool';
import { batchSiteMemory, type PageFingerprints } from '../lib/clean/batch';
import { siteKey } from '../lib/site-memory';
import { analyzeRecord, cleanView } from './output';
import { loadAnalyzer } from './analysis';
import { loadSanitizer } from './sanitize';
import { boundHeapGrowth, optimiseOnlyTheHottest, skipOptimisingCompiler } from './memory';
import type { ArticleSanitizer } from '../lib/sanitize';
import type { Report } from '../lib/types';

const say = (line: string) => { process.stderr.write(`clearpage: ${line}\n`); };

/** A page's address and fingerprints by a full parse, or nothing known when it cannot be read. */
async function fullScan(file: string, o: Options): Promise<PageFingerprints> {
  try {
    const bytes = await readBytes(file, o.timeout);
    const scan = withinBudget(() => scanInput({ file, bytes, input: o.input, url: o.url, charset: o.charset }), o.timeout);
    if (scan) return scan;
  } catch { /* reported when the page is run */ }
  return { url: null, fingerprints: [] };
}

/** The address each page's head gives, or a full scan where the head does not tell. */
async function firstLook(o: Options): Promise<{ urls: (string | null)[]; scans: (PageFingerprints | null)[] }> {
  const urls: (string | null)[] = [], scans: (PageFingerprints | null)[] = [];
  for (const file of o.files) {
    let url: string | null | undefined = null;
    try { const bytes = await readBytes(file, o.timeout); url = withinBudget(() => headUrl({ file, bytes, input: o.input, url: o.url, charset: o.charset }), o.timeout); } catch { /* reported when the page is run */ }
    const scan = url === undefined ? await fullScan(file, o) : null;
    urls.push(scan ? scan.url : url ?? null);
    scans.push(scan);
  }
  return { urls, scans };
}

/**
 * Site memory across a batch: every page's block fingerprints first, then what each shares with its site's others.
 * Only pages whose site has another address in the batch are parsed for it (a page alone on its site has nothing
 * to share), so a batch of unrelated pages pays one look at each head, not a second parse of each page.
 */
async function batchMemory(o: Options): Promise<Set<string>[]> {
  const { urls, scans } = await firstLook(o);
  const addresses = new Map<string, Set<string>>();
  urls.forEach((url) => { const site = siteKey(url); if (site) addresses.set(site, (addresses.get(site) ?? new Set()).add(url!)); });
  const shared = (url: string | null) => (addresses.get(siteKey(url))?.size ?? 0) > 1;
  const pages: PageFingerprints[] = [];
  for (const [i, file] of o.files.entries()) {
    const url = urls[i] ?? null;
    pages.push(scans[i] ?? (shared(url) ? await fullScan(file, o) : { url, fingerprints: [] }));
  }
  return batchSiteMemory(pages);
}

/** export's document; lib/export.ts (Turndown, yaml) is loaded by this command only. */
async function exportDocument(report: Report, o: Options, sanitize: ArticleSanitizer | null): Promise<string> {
  const { exportArticle } = await import('../lib/export');
  return exportArticle(report, o.format, (html, base) => {
    if (!sanitize) throw new Error('the HTML export needs the sanitiser');
    return sanitize(html, base);
  });
}

/** The folder of --out must exist before any work is done. */
function checkOut(out: string): string | null {
  const dir = path.dirname(path.resolve(out));
  try {
    if (!fs.statSync(dir).isDirectory()) return `cannot write ${out}: ${dir} is not a folder`;
  } catch {
    return `cannot write ${out}: there is no folder ${dir}`;
  }
  try {
    if (fs.statSync(out).isDirectory()) return `cannot write ${out}: it is a folder`;
  } catch { /* a new file */ }
  return null;
}

function write(o: Options, text: string): boolean {
  if (!o.out) { process.stdout.write(text); return true; }
  try {
    fs.writeFileSync(o.out, text);
    say(`wrote ${o.out}`);
    return true;
  } catch (e) {
    say(`cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
    return false;
  }
}

/** A page in this thread, as a worker runs it: the pool's way on when no worker could start. */
async function localRun(o: Options): Promise<LocalRun> {
  const analyze = await loadAnalyzer();
  const sanitize = o.sanitize ? await loadSanitizer() : null;
  return (file, bytes, known) => pageLine(file, bytes, o, { analyze, sanitize }, known);
}

/** analyze over `jobs` worker threads (cli/pool.ts): the lines and messages of the loop in `run`, in the same order. */
async function runPooled(o: Options, jobs: number, stopped: () => boolean): Promise<number> {
  let processed = 0;
  const print = (p: PageOutcome): boolean => {
    if (stopped()) return false;
    if (p.error) say(`${p.file}: ${p.error}`);
    else processed++;
    process.stdout.write(p.line);
    return true;
  };
  const pool = new Pool(o, { size: jobs, print, loadLocal: () => localRun(o) }); // the workers load while this thread takes its first look
  try {
    await pool.run(o.files.includes('-') ? null : await batchMemory(o));
  } finally {
    pool.close(); // after a fault too: live workers would keep the process from ending
  }
  return processed > 0 ? 0 : 1;
}

/** Runs the command over its inputs; `stopped()` is true once standard output is closed. Returns the exit code. */
export async function run(o: Options, stopped: () => boolean): Promise<number> {
  if (o.out) { const why = checkOut(o.out); if (why) { say(why); return 1; } }
  if (o.files.length > 1) { boundHeapGrowth(); optimiseOnlyTheHottest(); }
  else skipOptimisingCompiler();
  const jobs = jobCount(o);
  if (jobs > 1) return runPooled(o, jobs, stopped);
  const needsAnalysis = o.command === 'analyze' || o.command === 'clean' || o.format === 'md';
  const analyze = needsAnalysis ? await loadAnalyzer() : null;
  const sanitize = (o.command === 'analyze' && o.sanitize) || (o.command === 'export' && o.format === 'html') ? await loadSanitizer() : null;
  let processed = 0;
  const memory = o.files.length > 1 && !o.files.includes('-') ? await batchMemory(o) : null;
  for (const [i, file] of o.files.entries()) {
    if (stopped()) break;
    const result = await runOne(file, o, analyze, memory?.[i]);
    if (failed(result)) say(`${file}: ${result.error}`);
    else processed++;
    if (o.command === 'analyze') { process.stdout.write(analyzeRecord(result, { jsonl: o.jsonl, sanitize })); continue; }
    if (failed(result)) return 1;
    if (!result.article) { say(`${file}: not read as an article`); return 1; }
    if (!write(o, o.command === 'clean' ? cleanView(result) : await exportDocument(result, o, sanitize))) return 1;
  }
  return processed > 0 ? 0 : 1;
}

