#!/usr/bin/env node
// Real-browser tests of the built extension, the same scenarios (tests/e2e/scenarios.mjs) in Debian's Chromium
// (.output/chrome-mv3, playwright-core) and Debian's firefox-esr (.output/firefox-mv2, puppeteer-core over BiDi).
// Build both first: `npx wxt build && npx wxt build -b firefox`. Pages are served from 127.0.0.1.
// Options: --browser chromium|firefox (default: both), --only NAME (substring of a test name).
// Prints one `<browser>: N passed, N failed` line per browser, then `N passed, N failed` last; exits 1 on a failure.
import { BROWSERS, EXT, EXT_FIREFOX, launchBrowser, startServer } from './harness.mjs';
import { checkContentScriptSize, CONTENT_SCRIPT_BUDGET } from './budget.mjs';
import { defineScenarios } from './scenarios.mjs';
import { aebCleanTests } from './aeb-clean.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const only = opt('--only');
const browsers = opt('--browser') ? opt('--browser').split(',') : BROWSERS;

const totals = { passed: 0, failed: 0 };
const lines = [];
const server = await startServer();
for (const name of browsers) {
  let passed = 0, failed = 0, skipped = 0;
  let driver = null;
  const run = async (tname, fn) => {
    if (only && !tname.includes(only)) return;
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   [${name}] ${tname} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL [${name}] ${tname}\n     ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n     ')}`);
    }
  };
  const skip = (tname, why) => { skipped++; console.log(`skip [${name}] ${tname}: ${why}`); };
  try {
    const ext = name === 'firefox' ? EXT_FIREFOX : EXT;
    await run(`the every-page content script is at most ${CONTENT_SCRIPT_BUDGET} B gzipped`, async () => { checkContentScriptSize(ext); });
    driver = await launchBrowser(name);
    console.log(`# ${name}: ${driver.version}`);
    for (const t of defineScenarios({ driver, server })) {
      if (t.skip) skip(t.name, t.skip);
      else await run(t.name, t.run);
    }
    // Clean on real pages (AEB dev, when ../shared is there): playwright's routing keeps them offline, Chromium only.
    if (name === 'chromium') {
      await aebCleanTests({ context: driver.context, sw: driver.sw, test: run, skip, assert: (c, m) => { if (!c) throw new Error(m); } });
    }
  } catch (e) {
    failed++;
    console.log(`FAIL [${name}] could not start the browser with the extension: ${e?.message ?? e}`);
  } finally {
    await driver?.close().catch(() => undefined);
  }
  lines.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  totals.passed += passed; totals.failed += failed;
}
await server.close();
for (const l of lines) console.log(l);
// Exit (a browser may leave a handle open) only once standard output is written: a pipe a slow reader has not
// emptied still holds queued output, which process.exit() alone would drop.
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`, () => process.exit(totals.failed ? 1 : 0));
