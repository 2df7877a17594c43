// Every test: the unit and integration tests (vitest), then the real-browser tests (the built extension in
// Debian's Chromium, driven by playwright-core). Prints one plain "N passed, N failed" line with the totals.
// Usage: npm run test:all   (needs /usr/bin/chromium for the browser part; .ci/run installs it)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
let passed = 0, failed = 0;

fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
const report = path.join(root, '.tmp', 'vitest.json');
const v = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
process.stdout.write(v.stdout);
try {
  const j = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += j.numPassedTests; failed += j.numFailedTests + (j.numFailedTestSuites ?? 0);
} catch { failed++; console.log('vitest wrote no report'); }

if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.log('browser tests: no /usr/bin/chromium (apt-get install -y chromium), counted as 1 failed');
  failed++;
} else {
  const b = run(bin('wxt'), ['build']);
  if (b.status !== 0) { process.stdout.write(b.stdout); console.log('wxt build failed'); failed++; }
  else {
    const e = run(process.execPath, [path.join(root, 'tests', 'e2e', 'run.mjs')]);
    process.stdout.write(e.stdout);
    const m = /(\d+) passed, (\d+) failed/.exec(e.stdout.trim().split('\n').reverse().find((l) => /passed, \d+ failed/.test(l)) ?? '');
    if (m) { passed += Number(m[1]); failed += Number(m[2]); } else { failed++; console.log(`browser tests printed no count (exit ${e.status})`); }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
