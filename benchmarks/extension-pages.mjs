#!/usr/bin/env node
// Does Chromium keep an extension's compiled code from one page to the next? In one browser, Clean on a 1st, 2nd and
// 3rd AEB page, each under a site of its own (a.localhost, b.localhost, c.localhost: a renderer process each, so V8's
// in-process cache cannot help), then the browser closed and started again on the same profile (what a disk code
// cache would carry over) for three more. For each page: the page engine's injection and load (the content script's
// `engineLoadMs`: engine.js compiled and run in the page), the whole Clean from the page's side (`pipelineMs`), and
// the pipeline host's stages (`report.timings`: the offscreen document, opened once a browser). Then what the
// profile's code cache holds for chrome-extension:// scripts. Pages rotate between sessions so that a position is
// not one page. Build first: `npx wxt build`. Usage: node benchmarks/extension-pages.mjs [--sessions N] [--same-site]
// (--same-site: the three pages under one site, one renderer process). Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXT, sendToTab, tabIdOf } from '../tests/e2e/harness.mjs';
import { aebPages, startCorpusServer } from '../tests/e2e/corpus.mjs';

const argv = process.argv.slice(2);
const SESSIONS = Number(argv.includes('--sessions') ? argv[argv.indexOf('--sessions') + 1] : 4);
const sameSite = argv.includes('--same-site');
const pages = aebPages().filter((_, i) => i % 10 === 3).slice(0, 3);
if (pages.length < 3) { console.log('skip: no AEB pages under ../shared/corpus'); process.exit(0); }
const server = await startCorpusServer(pages);
const { chromium } = await import('playwright-core');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: ['--headless=new', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route(/^https?:\/\//, (route) => (/(^|\.)localhost$|^127\.0\.0\.1$/.test(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await sleep(1500); // the browser's own start and the host's warm-up settle
  return { context, sw };
}

/** Clean on one page; the timings the tab and the host report. */
async function cleanOne({ context, sw }, p, host) {
  const page = await context.newPage();
  await page.goto(server.url(p, host), { waitUntil: 'load', timeout: 30_000 });
  await sleep(300);
  const tabId = await tabIdOf(sw, page);
  const res = await sendToTab(sw, tabId, { type: 'clearpage:clean' });
  if (res?.error) throw new Error(res.error);
  const { state, report } = await sendToTab(sw, tabId, { type: 'clearpage:report' });
  await page.close();
  const t = report?.timings ?? {};
  return { engineLoad: state.timings.engineLoadMs, clean: state.timings.pipelineMs, host: state.timings.hostMs, extract: t.extractMs, cleanStage: t.cleanMs };
}

/** chrome-extension:// scripts named in the profile's code cache (its entries' keys hold the script's address). */
function cachedExtensionScripts(profile) {
  const dir = path.join(profile, 'Default', 'Code Cache', 'js');
  if (!fs.existsSync(dir)) return [];
  const names = new Set();
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (!fs.statSync(file).isFile()) continue;
    for (const m of fs.readFileSync(file).toString('latin1').matchAll(/chrome-extension:\/\/[a-p]{32}\/[\w/.-]*?\.js\b/g)) names.add(m[0].replace(/^chrome-extension:\/\/[a-p]{32}/, ''));
  }
  return [...names].sort();
}

const rows = { fresh: [[], [], []], restarted: [[], [], []] };
let cached = [];
for (let s = 0; s < SESSIONS; s++) {
  const order = pages.map((_, i) => pages[(i + s) % pages.length]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-pages-'));
  for (const which of ['fresh', 'restarted']) {
    const b = await launch(profile);
    try {
      for (let i = 0; i < 3; i++) rows[which][i].push(await cleanOne(b, order[i], sameSite ? 'localhost' : `${'abc'[i]}.localhost`));
    } finally { await b.context.close(); }
  }
  cached = cachedExtensionScripts(profile);
  fs.rmSync(profile, { recursive: true, force: true });
}
await server.close();

const median = (xs) => { const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b); return v.length ? v[(v.length - 1) >> 1] : NaN; };
console.log(`Chromium, ${SESSIONS} sessions, pages ${sameSite ? 'under one site' : 'each under a site of its own'}; load ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}; medians, ms`);
for (const which of ['fresh', 'restarted']) {
  rows[which].forEach((r, i) => {
    const f = (k) => median(r.map((x) => x[k])).toFixed(1).padStart(6);
    console.log(`${which.padEnd(9)} page ${i + 1}: engine load ${f('engineLoad')}  Clean from the page ${f('clean')}  host ${f('host')}  host extract ${f('extract')}  host clean stage ${f('cleanStage')}`);
  });
}
console.log(`chrome-extension:// scripts in the profile's code cache after a session: ${cached.length ? cached.join(', ') : 'none'}`);
