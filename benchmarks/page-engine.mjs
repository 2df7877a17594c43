#!/usr/bin/env node
// What the pipeline costs the page a reader is on (needs `npx wxt build` first): long tasks (over 50 ms) on the
// page's main thread while the popup asks for the summary and while Clean runs, and the time from opening the popup
// to the summary shown. Pages: the seed-like test page, the shared seed page and AEB dev pages when ../shared is there.
// Usage: node benchmarks/page-engine.mjs [--runs N] [--aeb N]   (headless Chromium; the machine's other load adds noise)
import { ARTICLE_A, SEED, SHARED_SEED, launch, sendToTab, startServer, tabIdOf } from '../tests/e2e/harness.mjs';
import { aebPages, startCorpusServer, stayLocal } from '../tests/e2e/corpus.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const argv = process.argv.slice(2);
const RUNS = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 7;
const AEB_N = argv.includes('--aeb') ? Number(argv[argv.indexOf('--aeb') + 1]) : 6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const max = (xs) => Math.max(0, ...xs);

const server = await startServer();
// The largest AEB pages (by HTML size) weigh most on the page's main thread.
const aeb = aebPages().map((p) => ({ ...p, size: zlib.gunzipSync(fs.readFileSync(p.file)).length }))
  .sort((a, b) => b.size - a.size).slice(0, AEB_N);
const corpus = aeb.length ? await startCorpusServer(aeb) : null;
const { context, sw, extId, close } = await launch();
await stayLocal(context);
// Long tasks of the page's main thread (content scripts run on it too), collected from the page's start.
await context.addInitScript(() => {
  const w = window;
  w.__longTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long task API */ }
});

const pages = [
  { name: 'ferry-talks (seed-like)', url: server.url(ARTICLE_A, 'localhost') },
  ...(fs.existsSync(path.join(SHARED_SEED, 'istanbul-talks.html')) ? [{ name: 'seed istanbul-talks', url: server.url(SEED, 'localhost') }] : []),
  ...aeb.map((p) => ({ name: `aeb ${new URL(p.url).hostname} (${Math.round(p.size / 1024)} kB)`, url: corpus.url(p) })),
];

async function longTasksSince(page, t) {
  await new Promise((r) => setTimeout(r, 150)); // let the observer deliver
  return page.evaluate((since) => (window.__longTasks ?? []).filter(([s]) => s >= since).map(([, d]) => d), t);
}

console.log(`page engine benchmark — ${new Date().toISOString()}, ${RUNS} runs a page after one warm-up`);
for (const spec of pages) {
  const summary = [], summaryLt = [], cleanMs = [], cleanLt = [];
  for (let i = 0; i <= RUNS; i++) {
    const page = await context.newPage();
    await page.goto(spec.url, { waitUntil: 'load' });
    const tabId = await tabIdOf(sw, page);
    await new Promise((r) => setTimeout(r, 200));
    let t0 = await page.evaluate(() => performance.now());
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
    const t = await popup.waitForFunction(() => document.querySelector('[data-testid=summary], [data-testid=not-article]') && performance.now(), null, { polling: 'raf', timeout: 30_000 });
    const shown = await t.jsonValue();
    const lt1 = await longTasksSince(page, t0);
    await popup.close();
    // Clean on a fresh tab of the same page (no report cached): what auto-clean and the shortcut cost.
    await page.goto(spec.url, { waitUntil: 'load' });
    const tab2 = await tabIdOf(sw, page);
    await new Promise((r) => setTimeout(r, 200));
    t0 = await page.evaluate(() => performance.now());
    const s = Date.now();
    await sendToTab(sw, tab2, { type: 'clearpage:clean' });
    const took = Date.now() - s;
    const lt2 = await longTasksSince(page, t0);
    await page.close();
    if (i === 0) continue;
    summary.push(shown); summaryLt.push(max(lt1)); cleanMs.push(took); cleanLt.push(max(lt2));
  }
  console.log(`${spec.name}: popup → summary median ${median(summary).toFixed(0)} ms; longest page task then: median ${median(summaryLt).toFixed(0)} ms, max ${max(summaryLt).toFixed(0)} ms | Clean (no report yet) median ${median(cleanMs).toFixed(0)} ms; longest page task: median ${median(cleanLt).toFixed(0)} ms, max ${max(cleanLt).toFixed(0)} ms`);
}
await close();
await server.close();
await corpus?.close();
