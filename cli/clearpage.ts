// clearpage: the pipeline on saved pages and texts, from the command line.
//   clearpage analyze [--jsonl] [--url URL] [--input html|text] [--articles-only] [--timeout MS] FILE...
//   clearpage clean [--url URL] [--input html|text] [--force] FILE      the clean article and what was removed
//   clearpage export [--format md|text|html] [--out FILE] [--url URL] [--input html|text] [--force] FILE
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportArticle, type ExportFormat } from '../lib/export';
import type { InputJob, JobResult } from './process';
import { batchSiteMemory } from '../lib/clean/batch';

const USAGE = `Usage:
  clearpage analyze [--jsonl] [--url URL] [--input html|text] [--articles-only] [--timeout MS] FILE...
  clearpage clean   [--url URL] [--input html|text] [--force] FILE
  clearpage export  [--format md|text|html] [--out FILE] [--url URL] [--input html|text] [--force] FILE

Every input is extracted and cleaned when Readability finds text in it; "isArticle" says whether it reads as a news
article (with --articles-only, pages that do not are reported without extraction, as the extension's auto-clean does).
FILE may be - for standard input. .txt files are read as plain text (first line the headline), .html/.htm as pages.
analyze prints one JSON object per input (JSON Lines with --jsonl); a bad input gets {"file", "error"} and the batch
goes on; the exit code is 1 only when no input could be processed.`;

interface Opts { cmd: string; files: string[]; jsonl: boolean; articlesOnly: boolean; url: string | null; input?: 'html' | 'text'; force: boolean; format: ExportFormat; out: string | null; timeout: number }

class UsageError extends Error {}

function parseArgs(argv: string[]): Opts {
  const o: Opts = { cmd: argv[0] ?? '', files: [], jsonl: false, articlesOnly: false, url: null, force: false, format: 'md', out: null, timeout: 30_000 };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${a} needs a value`); return v; };
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--force') o.force = true;
    else if (a === '--articles-only') o.articlesOnly = true;
    else if (a === '--url') o.url = val();
    else if (a === '--input') { const v = val(); if (v !== 'html' && v !== 'text') throw new UsageError('--input is html or text'); o.input = v; }
    else if (a === '--format') { const v = val(); if (!['md', 'text', 'html', 'markdown', 'txt'].includes(v)) throw new UsageError('--format is md, text or html'); o.format = v === 'markdown' ? 'md' : v === 'txt' ? 'text' : (v as ExportFormat); }
    else if (a === '--out' || a === '-o') o.out = val();
    else if (a === '--timeout') o.timeout = Number(val());
    else if (a === '-h' || a === '--help') { o.cmd = 'help'; }
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else o.files.push(a);
  }
  return o;
}

function readInput(file: string): Uint8Array {
  return file === '-' ? new Uint8Array(fs.readFileSync(0)) : new Uint8Array(fs.readFileSync(file));
}

/** Runs jobs in a worker; a job over its time budget is stopped (the worker is replaced) and reported. */
class Runner {
  private worker: Worker | null = null;
  private seq = 0;
  constructor(private timeout: number) {}
  private spawn(): Worker {
    const w = new Worker(new URL('./clearpage-worker.mjs', import.meta.url));
    w.unref();
    return w;
  }
  run(job: InputJob): Promise<JobResult> {
    this.worker ??= this.spawn();
    const w = this.worker, id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup(); void w.terminate(); this.worker = null;
        resolve({ file: job.file, error: `stopped: over the time budget of ${this.timeout} ms`, isArticle: false });
      }, this.timeout);
      const onMsg = (m: { id: number; result: JobResult }) => { if (m.id === id) { cleanup(); resolve(m.result); } };
      const onErr = (e: Error) => { cleanup(); this.worker = null; resolve({ file: job.file, error: `pipeline crashed: ${e.message}`, isArticle: false }); };
      const cleanup = () => { clearTimeout(timer); w.off('message', onMsg); w.off('error', onErr); };
      w.on('message', onMsg); w.on('error', onErr);
      w.postMessage({ ...job, id }, [job.bytes.buffer as ArrayBuffer]);
    });
  }
  close() { void this.worker?.terminate(); }
}

/** Site memory across a batch (lib/clean/batch.ts): every page's block fingerprints first, then what each shares. */
async function batchMemory(runner: Runner, o: Opts): Promise<Set<string>[]> {
  const scans = [];
  for (const file of o.files) {
    let r: JobResult | null = null;
    try { r = await runner.run({ file, bytes: readInput(file), input: o.input, url: o.url, scan: true }); } catch { /* reported in the second pass */ }
    scans.push(r && 'scan' in r ? r.scan : { url: null, fingerprints: [] });
  }
  return batchSiteMemory(scans);
}

async function sanitizer(): Promise<(html: string) => string> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  return (html) => purify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button'], FORBID_ATTR: ['style'] }) as string;
}

async function main(argv: string[]): Promise<number> {
  let o: Opts;
  try { o = parseArgs(argv); } catch (e) { process.stderr.write(`clearpage: ${(e as Error).message}\n${USAGE}\n`); return 2; }
  if (o.cmd === 'help' || o.cmd === '' || o.cmd === '--help' || o.cmd === '-h') { process.stdout.write(USAGE + '\n'); return o.cmd === 'help' ? 0 : 2; }
  if (!['analyze', 'clean', 'export'].includes(o.cmd)) { process.stderr.write(`clearpage: unknown command ${o.cmd}\n${USAGE}\n`); return 2; }
  if (!o.files.length) { process.stderr.write(`clearpage: no input file\n${USAGE}\n`); return 2; }
  if (o.cmd !== 'analyze' && o.files.length > 1) { process.stderr.write(`clearpage ${o.cmd}: one file at a time\n`); return 2; }

  const runner = new Runner(o.timeout);
  let ok = 0;
  try {
    const memory = o.files.length > 1 && !o.files.includes('-') ? await batchMemory(runner, o) : null;
    for (const [i, file] of o.files.entries()) {
      let result: JobResult;
      try {
        result = await runner.run({ file, bytes: readInput(file), input: o.input, url: o.url, force: o.force || !o.articlesOnly, known: memory ? [...memory[i]] : undefined });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        result = { file, error: err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder' : err.message, isArticle: false };
      }
      if ('error' in result && result.error && !('article' in result)) process.stderr.write(`clearpage: ${file}: ${result.error}\n`);
      else ok++;
      if (o.cmd === 'analyze') { process.stdout.write(JSON.stringify(result, null, o.jsonl ? undefined : 2) + '\n'); continue; }
      if (!('article' in result) || !result.article) {
        if ('article' in result) process.stderr.write(`clearpage: ${file}: ${result.error ?? 'no article found'}\n`);
        return 1;
      }
      if (o.cmd === 'clean') {
        const a = result.article;
        process.stdout.write(`${a.title}\n${'='.repeat(Math.min(a.title.length, 80))}\n\n${a.text}\n\n`);
        process.stdout.write(`--- Removed ${result.removed.length} block${result.removed.length === 1 ? '' : 's'} ---\n`);
        for (const r of result.removed) process.stdout.write(`[${r.reason}${r.kind ? ` ${r.kind}` : ''}] ${r.text.length > 100 ? r.text.slice(0, 97) + '...' : r.text}\n`);
        if (result.quotes.length) {
          process.stdout.write(`\n--- Key quotes ---\n`);
          for (const q of result.quotes.filter((q) => q.key).slice(0, 5)) process.stdout.write(`“${q.text}” — ${q.speaker ?? 'unattributed'}\n`);
        }
        if (result.parties.length) {
          process.stdout.write(`\n--- Parties ---\n`);
          for (const p of result.parties.slice(0, 10)) process.stdout.write(`${p.name} (${p.type})${p.aliases.length ? ` aka ${p.aliases.join(', ')}` : ''}${p.description ? `: ${p.description}` : ''}\n`);
        }
      } else {
        const out = exportArticle(result, o.format, o.format === 'html' ? await sanitizer() : (h) => h);
        if (o.out) { fs.writeFileSync(path.resolve(o.out), out); process.stderr.write(`clearpage: wrote ${o.out}\n`); }
        else process.stdout.write(out);
      }
    }
  } finally {
    runner.close();
  }
  return ok > 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`clearpage: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
