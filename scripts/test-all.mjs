// Every test: the unit and integration tests (vitest), then the real-browser scenarios (tests/e2e/scenarios.mjs)
// with the built extension in Debian's Chromium (playwright-core) and in Debian's firefox-esr (puppeteer-core over
// WebDriver BiDi). Prints one count per part, then one plain "N passed, N failed" line with the totals.
// Usage: npm run test:all   (needs /usr/bin/chromium and /usr/bin/firefox-esr; .ci/run installs both)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
const counts = [];
// The names of failed tests, repeated just before the totals: CI keeps only the tail of a long log.
const failures = [];
let passed = 0, failed = 0;
const add = (part, p, f) => { counts.push(`${part}: ${p} passed, ${f} failed`); passed += p; failed += f; };

fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
const report = path.join(root, '.tmp', 'vitest.json');
fs.rmSync(report, { force: true });
const v = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
process.stdout.write(v.stdout);
try {
  const j = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A file that fails without a failed test (it did not load) counts once; a failed test is not counted twice.
  const broken = (j.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  add('vitest', j.numPassedTests, j.numFailedTests + broken);
  for (const f of j.testResults ?? []) {
    const rel = path.relative(root, f.name);
    const bad = (f.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of bad) failures.push(`vitest ${rel} > ${a.fullName ?? a.title}: ${String(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`);
    if (f.status === 'failed' && !bad.length) failures.push(`vitest ${rel}: did not load: ${String(f.message ?? '').split('\n')[0].slice(0, 300)}`);
  }
} catch { add('vitest', 0, 1); console.log('vitest wrote no report'); }

const BROWSERS = [
  { name: 'chromium', exe: process.env.CHROMIUM_PATH || '/usr/bin/chromium', build: ['build'], install: 'apt-get install -y chromium' },
  { name: 'firefox', exe: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', build: ['build', '-b', 'firefox'], install: 'apt-get install -y firefox-esr' },
];
for (const b of BROWSERS) {
  if (!fs.existsSync(b.exe)) { console.log(`${b.name} tests: no ${b.exe} (${b.install}), counted as 1 failed`); add(b.name, 0, 1); continue; }
  const built = run(bin('wxt'), b.build);
  if (built.status !== 0) { process.stdout.write(built.stdout); console.log(`wxt ${b.build.join(' ')} failed`); add(b.name, 0, 1); continue; }
  const e = run(process.execPath, [path.join(root, 'tests', 'e2e', 'run.mjs'), '--browser', b.name]);
  process.stdout.write(e.stdout);
  const last = e.stdout.trim().split('\n').reverse().find((l) => /^\d+ passed, \d+ failed/.test(l)) ?? '';
  const m = /^(\d+) passed, (\d+) failed/.exec(last);
  if (m) add(b.name, Number(m[1]), Number(m[2]));
  else { console.log(`${b.name} tests printed no count (exit ${e.status})`); add(b.name, 0, 1); }
  for (const l of e.stdout.split('\n')) if (l.startsWith('FAIL ')) failures.push(l);
}
const summary = [...failures.map((f) => `failed: ${f}`), ...counts, `${passed} passed, ${failed} failed`];
for (const l of summary) console.log(l);
// The same lines in a file, for .ci/run; and no process.exit(): this script blocks its event loop in spawnSync,
// so output a slow reader has not yet taken from the pipe is still queued, and process.exit() would drop it (a CI
// log once ended after vitest with no count at all). Ending naturally writes everything first.
fs.writeFileSync(path.join(root, '.tmp', 'test-all.txt'), summary.join('\n') + '\n');
process.exitCode = failed ? 1 : 0;
