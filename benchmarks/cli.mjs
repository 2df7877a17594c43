// The clearpage command as a whole process against parse + Readability alone, on the AEB dev pages, each page once,
// cold (a fresh process per run), in alternation so that the shared machine's drift hits both alike:
//   baseline  `node benchmarks/cli.mjs --child readability FILES…`: read, decode as UTF-8, linkedom parse,
//             Readability, one JSON line of its article per page (what a script around Readability would print)
//   clearpage `node bin/clearpage.mjs analyze --jsonl FILES…` (decode, detect, extract, clean, analyse, sanitise),
//             with the code cache an earlier run left (an uncounted first run makes it)
// Wall and CPU time, and the peak resident memory of the process (GNU time's %M), per run; prints the median of the
// runs and their spread. Also an in-process figure: the same work timed inside one process, startup excluded.
// Usage: node benchmarks/cli.mjs [--runs N] [--data DIR] [--pages N] [--jobs LIST] [--also NAME=path/to/bin/clearpage.mjs]
// (--also times another build of the command too, e.g. an older checkout's; --jobs times this build once per value
// of a comma-separated list, `default` meaning no --jobs: `--jobs default,1` compares the worker threads with one
// thread in the same rounds). Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };

if (argv[0] === '--child') {
  // The baseline process, or (`inprocess-*`) one variant timed inside the process over the pages.
  const [, mode, ...files] = argv;
  const t0 = performance.now();
  if (mode === 'readability' || mode === 'inprocess-readability') {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    const t1 = performance.now();
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      const a = new Readability(parseHTML(html).document).parse();
      const line = JSON.stringify({ file, title: a?.title, byline: a?.byline, siteName: a?.siteName, publishedTime: a?.publishedTime,
        lang: a?.lang, excerpt: a?.excerpt, text: a?.textContent, html: a?.content }) + '\n';
      if (mode === 'readability') process.stdout.write(line);
    }
    if (mode !== 'readability') console.log(JSON.stringify({ ms: performance.now() - t1, loadMs: t1 - t0 }));
  } else if (mode === 'inprocess-clearpage') {
    const { runFiles } = await import(path.join(root, '.tmp', 'bench-cli.mjs'));
    const t1 = performance.now();
    await runFiles(files);
    console.log(JSON.stringify({ ms: performance.now() - t1, loadMs: t1 - t0 }));
  }
  process.exit(0);
}

const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'aeb-dev')));
if (!fs.existsSync(path.join(data, 'html'))) { console.log(`no AEB pages at ${data}: whole-process figures skipped`); process.exit(0); }
const runs = Number(opt('--runs', '5'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-bench-'));
const files = fs.readdirSync(path.join(data, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, Number(opt('--pages', '1000')))
  .map((f) => { const out = path.join(dir, f.slice(0, -3)); fs.writeFileSync(out, zlib.gunzipSync(fs.readFileSync(path.join(data, 'html', f)))); return out; });

/** One process under GNU time: wall s, user+sys s, peak RSS MB. Its standard output goes to a file, as a user's would. */
function timed(args) {
  const out = fs.openSync(path.join(dir, 'out.jsonl'), 'w');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { cwd: root, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  fs.closeSync(out);
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (r.status !== 0 || last.length !== 4) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  return { wall: last[0], cpu: last[1] + last[2], rssMB: last[3] / 1024, lines: fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8').split('\n').length - 1 };
}
function inProcess(mode) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', mode, ...files], { cwd: root, encoding: 'utf8' });
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const { build } = await import('esbuild');
fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
await build({ entryPoints: { 'bench-cli': path.join(root, 'benchmarks', 'bench-cli-entry.ts') }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outdir: path.join(root, '.tmp'), outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root });

const variants = { baseline: [new URL(import.meta.url).pathname, '--child', 'readability', ...files] };
const jobs = opt('--jobs', null)?.split(',') ?? [null];
for (const j of jobs) {
  variants[j === null ? 'clearpage' : `jobs=${j}`] = [path.join(root, 'bin', 'clearpage.mjs'), 'analyze', '--jsonl', ...(j && j !== 'default' ? ['--jobs', j] : []), ...files];
}
for (const a of argv.flatMap((x, i) => (x === '--also' ? [argv[i + 1]] : []))) {
  const [name, bin] = a.split('=');
  variants[name] = [path.resolve(bin), 'analyze', '--jsonl', ...files];
}
const names = Object.keys(variants);
const times = Object.fromEntries(names.map((n) => [n, []]));
const inBase = [], inCli = [];
// Uncounted runs of each first: they read the pages into the disk cache and leave clearpage's code caches (made by
// a first run, read by every later one: bin/code-cache.mjs; a batch's worker threads keep theirs, made by a run on
// three pages), as a user's earlier runs would.
for (const n of names) for (const few of [files.slice(0, 1), files.slice(0, 3)]) timed([variants[n][0], ...variants[n].slice(1, -files.length), ...few]);
for (let r = 0; r < runs; r++) {
  for (let k = 0; k < names.length; k++) { const n = names[(r + k) % names.length]; times[n].push(timed(variants[n])); } // rotated order
  inBase.push(inProcess('inprocess-readability')); inCli.push(inProcess('inprocess-clearpage'));
}
fs.rmSync(dir, { recursive: true, force: true });
const base = times.baseline;

const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const f2 = (x) => x.toFixed(2);
const spread = (xs) => `${f2(Math.min(...xs))}–${f2(Math.max(...xs))}`;
console.log(`AEB dev pages (${files.length}), each once, ${runs} cold runs in rotated order; Node ${process.version}, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(2)} at the end`);
console.log(`  output lines: ${names.map((n) => `${n} ${times[n][0].lines}`).join(', ')}`);
for (const [k, unit, what] of [['wall', 's', 'wall time'], ['cpu', 's', 'CPU time (user+sys)'], ['rssMB', 'MB', 'peak RSS']]) {
  console.log(`  ${what}: baseline ${f2(median(base.map((x) => x[k])))} ${unit} (${spread(base.map((x) => x[k]))})`);
  for (const n of names.slice(1)) {
    const ratios = base.map((b, i) => times[n][i][k] / b[k]);
    console.log(`    ${n.padEnd(10)} ${f2(median(times[n].map((x) => x[k])))} ${unit} (${spread(times[n].map((x) => x[k]))}); ratio to the baseline of the same round: median ${f2(median(ratios))}x (${spread(ratios)})`);
  }
}
const inRatios = inBase.map((b, i) => inCli[i].ms / b.ms);
console.log(`  in-process (startup and module load excluded): baseline ${f2(median(inBase.map((x) => x.ms)))} ms, clearpage ${f2(median(inCli.map((x) => x.ms)))} ms; ` +
  `ratio median ${f2(median(inRatios))}x (${spread(inRatios)}); module load ${f2(median(inBase.map((x) => x.loadMs)))} / ${f2(median(inCli.map((x) => x.loadMs)))} ms`);
