#!/usr/bin/env node
// The first article of a browser session against the second, in real Chromium: the pipeline host (the offscreen
// document) pays V8's first-use cost (functions compiled, patterns, the tagger's model and WebAssembly) on the first
// article it runs. Each session is a fresh browser with the built extension: the seed page (or, without ../shared,
// our seed-like test page) as one article, then as another (its first paragraph ends "Edition N."), the popup opened
// on each after the reader has looked at the page for --dwell ms; click → summary (popup.html?tabId=N opened until
// it marks `clearpage:summary-shown`) and the host's stage timings from the tab's report.
// Build first: `npx wxt build`. Usage: node benchmarks/extension-first.mjs [--sessions N] [--dwell MS] [--ab DIR]
//   (--ab DIR: another Chromium build, e.g. main's; the two alternate session by session, each first in turn)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTICLE_A, EXT, SEED, SHARED_SEED, launchChromium, sendToTab, startServer, tabIdOf } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const opt = (name, d) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : d);
const SESSIONS = Number(opt('--sessions', 8));
const DWELL = Number(opt('--dwell', 2000));
const builds = [['A', EXT], ...(opt('--ab') ? [['B', path.resolve(opt('--ab'))]] : [])];
const seedPath = fs.existsSync(path.join(SHARED_SEED, 'istanbul-talks.html')) ? SEED : ARTICLE_A;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };

console.log(`extension, first and second article of a session — ${new Date().toISOString()}; ${SESSIONS} sessions a build, the popup ${DWELL} ms after each page's load`);
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
const server = await startServer();
let edition = 0;

/** Click → summary on one article, and the host's timings of its report. */
async function article(driver) {
  const page = await driver.openTab(server.url(`${seedPath}?edition=${process.pid}-${++edition}`, 'localhost'));
  const tabId = await tabIdOf(driver, page);
  await sleep(DWELL);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 });
  const click = await popup.waitUntil(() => performance.getEntriesByName('clearpage:summary-shown')[0]?.startTime, null, { what: 'the summary mark' });
  // The popup's own steps: its script started, the tab's answer (report and analysis) arrived, the summary drawn.
  const [script, answer] = await popup.eval(() => ['clearpage:popup-script', 'clearpage:report-received'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null));
  await popup.close();
  const { state, report } = await sendToTab(driver, tabId, { type: 'clearpage:report' });
  await page.close();
  const t = report?.timings ?? {};
  return { click, script, answer: answer - script, render: click - answer, clean: t.cleanMs, extract: t.extractMs, analyze: t.analyzeMs, host: state?.timings?.hostMs, prepared: state?.timings?.prepared };
}

const rows = Object.fromEntries(builds.map(([name]) => [name, { first: [], second: [] }]));
for (let s = 0; s < SESSIONS; s++) {
  for (const [name, ext] of s % 2 ? [...builds].reverse() : builds) {
    const driver = await launchChromium({ ext });
    try {
      await sleep(500); // the browser's own start settles
      rows[name].first.push(await article(driver));
      rows[name].second.push(await article(driver));
    } finally { await driver.close(); }
  }
}
for (const [name, ext] of builds) {
  console.log(`\n[${name}] ${ext}`);
  for (const which of ['first', 'second']) {
    const r = rows[name][which];
    const m = (k) => median(r.map((x) => x[k])).toFixed(1);
    console.log(`  ${which} article: click → summary median ${m('click')} ms (${r.map((x) => Math.round(x.click)).join(' ')}): popup script starts ${m('script')}, the tab answers ${m('answer')}, summary drawn ${m('render')}; in the host, medians: extract ${m('extract')}, clean ${m('clean')}, analyse ${m('analyze')} ms; prepared before the click in ${r.filter((x) => x.prepared === true).length} of ${r.length}`);
  }
}
await server.close();
