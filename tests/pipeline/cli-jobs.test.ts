// analyze --jobs N: pages run in worker threads, the records printed in the order of the files and the same as a
// run in one thread (--jobs 1), the batch's site memory included; a page that kills its worker is reported and the
// rest are done; the pool itself (cli/pool.ts) with stand-in workers that crash, hang or never start.
import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildCli, run, tmp, lines, records, bin, root, STACK, articlePage, PROSE } from './cli-helpers';
import { parseCommandLine } from '../../cli/args';
import { Pool, type PageOutcome } from '../../cli/pool';

const BOX = 'Enjoyed this story? Tell a friend about the Gazette.';

function story(topic: string, site: string, n: number): string {
  const paras = [1, 2, 3, 4, 5].map((k) => `<p>Paragraph ${k} about the ${topic}: the council met on day ${k} of the session, heard ${k * 3} residents and examined the engineers' report number ${k}, which set out costs, risks and a timetable in detail.</p>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story about the ${topic} in the town</title>` +
    `<meta property="og:type" content="article"><link rel="canonical" href="https://${site}/news/${n}"></head><body><main><article>` +
    `<h1>A story about the ${topic} in the town</h1><div class="entry-content">${paras.join('\n')}<p>${BOX}</p></div></article></main></body></html>`;
}

/** A record without its timings, which differ from run to run. */
const stable = (stdout: string) => records(stdout).map(({ timings: _t, ...rest }) => rest);

let dir: string;
let mixed: string[];
beforeAll(() => {
  buildCli();
  dir = tmp('jobs');
  const put = (name: string, content: string | Buffer) => { fs.writeFileSync(path.join(dir, name), content); return path.join(dir, name); };
  mixed = [
    put('a.html', story('harbour wall', 'gazette.example', 1)),
    put('links.html', `<html><body><ul>${Array.from({ length: 30 }, (_, k) => `<li><a href="/p/${k}">Page ${k}</a></li>`).join('')}</ul></body></html>`),
    path.join(dir, 'missing.html'),
    put('empty.html', ''),
    put('note.txt', 'Ferry crews vote to strike\n\n' + PROSE.join('\n\n')),
    put('c.html', articlePage(PROSE)),
    put('b.html', story('ferry strike', 'gazette.example', 2)),
    put('binary.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    put('shop.html', `<html><head><title>Opening hours</title></head><body><div class="hours"><p>${'The shop opens at nine and closes at six on weekdays; on Saturdays it closes at one. '.repeat(4)}</p></div></body></html>`),
  ];
}, 60_000);

describe('analyze --jobs', () => {
  it('prints with 2 workers the same records, errors and exit code as in one thread, in the order of the files', () => {
    const one = run(['analyze', '--jsonl', '--jobs', '1', ...mixed]);
    const two = run(['analyze', '--jsonl', '--jobs', '2', ...mixed]);
    expect(two.status).toBe(0);
    expect(two.status).toBe(one.status);
    expect(stable(two.stdout)).toEqual(stable(one.stdout));
    expect(two.stderr).toBe(one.stderr);
    expect(records(two.stdout).map((r) => r.file)).toEqual(mixed);
    expect(lines(two.stderr)).toEqual([
      `clearpage: ${mixed[1]}: no article text found: every block Readability found was removed as page furniture (navigation)`,
      `clearpage: ${mixed[2]}: no such file`,
      `clearpage: ${mixed[3]}: empty file`,
      `clearpage: ${mixed[7]}: a PNG image, not a web page or text`,
    ]);
    expect(records(two.stdout).map((r) => r.isArticle)).toEqual([true, false, undefined, undefined, true, true, true, undefined, false]);
    // the two pages of one site share their box: the batch's memory removes it in the workers too
    for (const r of [records(two.stdout)[0], records(two.stdout)[6]]) {
      expect(r.removed.find((x: { text: string }) => x.text.includes('Tell a friend'))?.reason).toBe('site-memory');
    }
  });

  it('reports a page that needs more memory than a worker may use, replaces the worker and does the rest', () => {
    const big = path.join(dir, 'huge.html');
    fs.writeFileSync(big, `<html><body>${'<div><p>word and more words here</p></div>'.repeat(150_000)}</body></html>`);
    const files = [mixed[0]!, big, mixed[5]!, mixed[6]!];
    const r = spawnSync(process.execPath, [bin, 'analyze', '--jsonl', '--jobs', '2', ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, CLEARPAGE_WORKER_HEAP_MB: '60' }, maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    const recs = records(r.stdout);
    expect(recs.map((x) => x.file)).toEqual(files);
    expect(recs[1]).toEqual({ file: big, error: 'stopped: the page needed more memory than a worker may use' });
    expect(recs.filter((x) => x.article).length).toBe(3);
    expect(r.stderr).toBe(`clearpage: ${big}: stopped: the page needed more memory than a worker may use\n`);
    expect(r.stderr).not.toMatch(STACK);
  }, 120_000);

  it('exits 1 when no page could be processed, as in one thread', () => {
    const r = run(['analyze', '--jsonl', '--jobs', '2', mixed[2]!, mixed[3]!]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((x) => x.error)).toEqual(['no such file', 'empty file']);
  });
});

describe('the pool', () => {
  // A stand-in worker: answers a page with its text in capitals; "crash" ends the worker, "hang" never answers.
  const STAND_IN = `import { parentPort } from 'node:worker_threads';
import fs from 'node:fs';
if (process.env.NEVER_READY) throw new Error('cannot start');
if (process.env.EXIT_LOG) process.on('exit', () => fs.appendFileSync(process.env.EXIT_LOG, 'ended\\n'));
parentPort.on('message', (job) => {
  if (!job) { parentPort.close(); return; }
  const text = new TextDecoder().decode(job.bytes);
  if (text === 'crash') process.exit(3);
  if (text === 'hang') for (;;);
  parentPort.postMessage({ i: job.i, line: text.toUpperCase() + '\\n', error: null });
});
parentPort.postMessage({ ready: true });
`;

  function pool(texts: string[], settings: { size: number; env?: string; exitLog?: string }) {
    const d = tmp('pool');
    const entry = path.join(d, 'stand-in.mjs');
    fs.writeFileSync(entry, STAND_IN);
    const files = texts.map((t, k) => { const f = path.join(d, `${k}.txt`); fs.writeFileSync(f, t); return f; });
    const o = parseCommandLine(['analyze', '--jsonl', '--timeout', '200', ...files]);
    const printed: PageOutcome[] = [];
    if (settings.env) process.env.NEVER_READY = '1';
    if (settings.exitLog) process.env.EXIT_LOG = settings.exitLog;
    const p = new Pool(o, {
      size: settings.size, entry, graceMs: 300, print: (x) => { printed.push(x); return true; },
      loadLocal: async () => (_file, bytes) => ({ line: `here: ${new TextDecoder().decode(bytes)}\n`, error: null }),
    });
    delete process.env.NEVER_READY;
    delete process.env.EXIT_LOG;
    return { p, files, printed };
  }

  it('prints in order, reports a page whose worker crashed or hung, and goes on with a new worker', async () => {
    const texts = ['one', 'crash', 'two', 'hang', 'three', 'four', 'five'];
    const { p, files, printed } = pool(texts, { size: 2 });
    await p.run(null);
    expect(printed.map((x) => x.file)).toEqual(files);
    expect(printed.map((x) => x.line.trim())).toEqual([
      'ONE', JSON.stringify({ file: files[1], error: "internal error (please report it): the page's worker ended (exit code 3)" }),
      'TWO', JSON.stringify({ file: files[3], error: 'stopped: over the time budget of 200 ms' }), 'THREE', 'FOUR', 'FIVE',
    ]);
    expect(printed.map((x) => x.error)).toEqual([null, expect.stringContaining('exit code 3'), null, 'stopped: over the time budget of 200 ms', null, null, null]);
  }, 30_000);

  it('runs the pages in this thread when no worker can start', async () => {
    const { p, printed } = pool(['one', 'two', 'three'], { size: 2, env: 'NEVER_READY' });
    await p.run(null);
    expect(printed.map((x) => x.line)).toEqual(['here: one\n', 'here: two\n', 'here: three\n']);
  }, 30_000);

  it('ends its workers when closed before the batch runs (a fault in this thread must not leave the process up)', async () => {
    const log = path.join(tmp('pool-exit'), 'exits.log');
    const { p } = pool(['one', 'two'], { size: 2, exitLog: log });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the workers start and say they are ready
    p.close();
    for (let t = 0; t < 50 && (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '') !== 'ended\nended\n'; t++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fs.readFileSync(log, 'utf8')).toBe('ended\nended\n');
  }, 30_000);
});
