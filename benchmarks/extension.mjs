#!/usr/bin/env node
// Extension figures in real Chromium (needs `npx wxt build` first): the every-page content script's size and its
// time on a page that is not an article; page load → cleaned page with auto-clean; popup open → summary shown.
// Usage: node benchmarks/extension.mjs [--runs N]   (pages: tests/e2e/pages, served from 127.0.0.1)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ARTICLE_A, EXT, NON_ARTICLE, launch, sendToTab, startServer, tabIdOf } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const RUNS = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 15;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, p90 ${p90(xs).toFixed(1)} ms (n=${xs.length})`;

function size(rel) {
  const buf = fs.readFileSync(path.join(EXT, rel));
  return `${buf.length} B (${zlib.gzipSync(buf, { level: 9 }).length} B gzipped)`;
}

console.log(`Clearpage extension benchmark — ${new Date().toISOString()}, Chromium ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}`);
console.log(`content script (every page): ${size('content-scripts/content.js')}`);
console.log(`pipeline engine (article pages only, injected on demand): ${size('engine.js')}`);

const server = await startServer();
const { context, sw, extId, close } = await launch();
const chromeVersion = await sw.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
console.log(`Chromium ${chromeVersion}, headless, ${RUNS} runs each (first run of each series discarded as warm-up)`);

// 1. Non-article page: the content script's start (settings read) and detection, as it measures them itself.
{
  const start = [], detect = [], engineLoaded = []; // detection runs on demand: here when the status is asked
  const page = await context.newPage();
  for (let i = 0; i <= RUNS; i++) {
    await page.goto(server.url(NON_ARTICLE, 'localhost'), { waitUntil: 'load' });
    const tabId = await tabIdOf(sw, page);
    const res = await sendToTab(sw, tabId, { type: 'clearpage:status' });
    if (i === 0) continue;
    start.push(res.state.timings.startMs);
    detect.push(res.state.timings.detectMs);
    engineLoaded.push(res.state.timings.engineLoadMs !== null);
  }
  console.log(`non-article page: content script start to settings read (async, mostly waiting): ${fmt(start)}`);
  console.log(`non-article page: detectArticle (synchronous, main thread): ${fmt(detect)}`);
  console.log(`non-article page: pipeline engine loaded: ${engineLoaded.some(Boolean) ? 'yes (unexpected)' : 'never'}`);
  await page.close();
}

// 2. Click → popup summary (popup.html?tabId=N opened as a page; the toolbar click itself cannot be scripted headless).
{
  const cold = [], warm = [];
  for (let i = 0; i <= RUNS; i++) {
    const page = await context.newPage();
    await page.goto(server.url(ARTICLE_A, 'localhost'), { waitUntil: 'load' });
    const tabId = await tabIdOf(sw, page);
    for (const series of [cold, warm]) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`, { waitUntil: 'commit' });
      const t = await popup.waitForFunction(() => document.querySelector('[data-testid=summary]') && performance.now(), null, { polling: 'raf', timeout: 15_000 });
      if (i > 0) series.push(await t.jsonValue());
      await popup.close();
    }
    await page.close();
  }
  console.log(`popup open → summary shown, first time on a tab (engine injected, pipeline run): ${fmt(cold)}`);
  console.log(`popup open → summary shown, again on the same tab (report cached): ${fmt(warm)}`);
}

// 3. Auto-clean: page load → cleaned page.
{
  await sw.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), autoCleanSites: ['127.0.0.1'] }, settings$: { v: 2 } });
  });
  const cleanedAt = [], afterDcl = [], pipeline = [], engine = [];
  const page = await context.newPage();
  for (let i = 0; i <= RUNS; i++) {
    await page.goto(server.url(ARTICLE_A), { waitUntil: 'load' });
    await page.waitForSelector('[data-clearpage-hidden]', { state: 'attached', timeout: 10_000 });
    const tabId = await tabIdOf(sw, page);
    const res = await sendToTab(sw, tabId, { type: 'clearpage:status' });
    const dcl = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
    if (i === 0) continue;
    const t = res.state.timings;
    cleanedAt.push(t.cleanedAt);
    afterDcl.push(t.cleanedAt - dcl);
    pipeline.push(t.pipelineMs);
    engine.push(t.engineLoadMs);
  }
  console.log(`auto-clean: navigation start → page cleaned (and shown): ${fmt(cleanedAt)}`);
  console.log(`auto-clean: DOMContentLoaded → page cleaned: ${fmt(afterDcl)}`);
  console.log(`auto-clean: of which engine injection: ${fmt(engine)}; pipeline + hiding: ${fmt(pipeline)}`);
  await page.close();
}

await close();
await server.close();
