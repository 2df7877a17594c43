#!/usr/bin/env node
// Extension figures in real browsers (build first: `npx wxt build && npx wxt build -b firefox`):
// - sizes: the every-page content script, the pipeline engine, what the popup loads;
// - a page that is not an article: the content script's start and detection (Chromium);
// - click → summary: popup.html?tabId=N opened until the popup marks `clearpage:summary-shown` (the toolbar click
//   itself cannot be scripted headless), first time on a tab (snapshot and pipeline run) and again (cached),
//   on the seed page (../shared) or, without it, our seed-like test page; both browsers;
// - long tasks on the page while the pipeline runs for the popup (PerformanceObserver 'longtask', Chromium only:
//   Firefox does not report long tasks);
// - auto-clean: navigation → cleaned page (Chromium).
// Usage: node benchmarks/extension.mjs [--runs N] [--browser chromium|firefox] [--only click] [--popup-window] [--ab DIR]
//   [--dwell MS] [--fresh]
//   (default: 15 runs, both browsers, every figure; --only click: the click → summary series alone;
//   CLEARPAGE_EXT=dir measures another Chromium build, e.g. main's, to alternate old and new run by run)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  ARTICLE_A, BROWSERS, EXT, NON_ARTICLE, SEED, SHARED_SEED, launchBrowser, launchChromium, sendToTab, startServer, tabIdOf,
} from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : null);
const RUNS = Number(opt('--runs') ?? 15);
const browsers = opt('--browser') ? opt('--browser').split(',') : BROWSERS;
const clickOnly = opt('--only') === 'click';
// --popup-window: the popup in a window of its own, the page's tab staying in front, as with the toolbar's popup
// (Chromium; by default the popup opens as a tab beside the page, which sends the page to the background).
const inWindow = argv.includes('--popup-window');
// --ab DIR: a second Chromium build beside the first, the two alternated run by run in the click series (two browsers
// open at once): under a load that changes from minute to minute, the fairest comparison of two builds.
const AB = opt('--ab') ? path.resolve(opt('--ab')) : null;
// --dwell MS: the reader reads the page this long after its load before clicking (default 0: the popup opens at once).
// A summary prepared at idle after the load (content.ts) is ready by then; at 0 it may still be under way.
const DWELL = Number(opt('--dwell') ?? 0);
// --fresh: each run's page is another article (its first paragraph ends with "Edition N."), so that no analysis the
// host keeps by its input answers the click, as on a reader's first click on a story. Without it, every run reads
// the same seed page and, from the second run on, the host finds that page's analysis done.
const FRESH = argv.includes('--fresh');
let edition = 0;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const p90 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, p90 ${p90(xs).toFixed(1)} ms (n=${xs.length})`;
/** A figure some runs may not have (null: the step did not happen). */
const fmtSome = (xs, none) => { const v = xs.filter((x) => typeof x === 'number'); return v.length ? `${fmt(v)}${v.length < xs.length ? `; ${xs.length - v.length} runs ${none}` : ''}` : `${none} (every run)`; };
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const size = (rel) => { const b = fs.readFileSync(path.join(EXT, rel)); return `${b.length} B (${gz(b)} B gzipped)`; };
const seedPath = fs.existsSync(path.join(SHARED_SEED, 'istanbul-talks.html')) ? SEED : ARTICLE_A;

console.log(`Clearpage extension benchmark — ${new Date().toISOString()}; ${RUNS} runs a series, the first of each discarded`);
// Other work on the machine slows every figure: the load is printed so that runs can be compared honestly.
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (1, 5, 15 min)`);
console.log(`content script (every page): ${size('content-scripts/content.js')}`);
console.log(`pipeline engine (article pages only, injected on demand): ${size('engine.js')}`);
{
  const html = fs.readFileSync(path.join(EXT, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const total = files.reduce((s, f) => s + fs.readFileSync(path.join(EXT, f)).length, 0);
  const totalGz = files.reduce((s, f) => s + gz(fs.readFileSync(path.join(EXT, f))), 0);
  console.log(`popup at start (${files.length} scripts): ${total} B (${totalGz} B gzipped)`);
}
if (FRESH) console.log('each run reads another article (--fresh): the analysis is never found done');
if (DWELL) console.log(`the popup opens ${DWELL} ms after the page's load (--dwell)`);
console.log(`click → summary page: ${seedPath === SEED ? 'the seed page (istanbul-talks)' : 'tests/e2e/pages/ferry-talks.html (../shared absent)'}`);

/** Long tasks the page's main thread reports, collected from the document's start. */
const LONGTASKS = `(() => { window.__cpLong = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cpLong.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {} })()`;

/** When the popup showed its summary, and the steps before: its script started, the tab's answer arrived. */
async function summaryTime(popup, steps) {
  const t = await popup.waitUntil(() => performance.getEntriesByName('clearpage:summary-shown')[0]?.startTime, null, { what: 'the summary mark' });
  const m = await popup.eval(() => ['clearpage:popup-script', 'clearpage:report-received'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null));
  steps?.script.push(m[0]); steps?.answer.push(m[1] - m[0]); steps?.render.push(t - m[1]);
  return t;
}

function emptySeries() {
  return {
    cold: [], warm: [], engine: [], pipeline: [], snapshot: [], host: [], direct: [], prepared: [], hops: [], longest: [], over50: [],
    stages: { parseMs: [], detectMs: [], extractMs: [], cleanMs: [], analyzeMs: [] }, steps: { script: [], answer: [], render: [] },
  };
}

/** One click → summary on a fresh tab of the seed page (first time, then again with the report held). */
async function clickRun(b, name, server, keep) {
  const { driver } = b;
  const page = await driver.openTab(server.url(FRESH ? `${seedPath}?edition=${process.pid}-${++edition}` : seedPath, 'localhost'));
  const tabId = await tabIdOf(driver, page);
  if (DWELL) await new Promise((r) => setTimeout(r, DWELL));
  for (const series of [b.cold, b.warm]) {
    const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 }, { newWindow: inWindow });
    const t = await summaryTime(popup, series === b.cold && keep ? b.steps : null);
    if (keep) series.push(t);
    await popup.close();
  }
  const { state, report } = await sendToTab(driver, tabId, { type: 'clearpage:report' });
  const tasks = name === 'chromium' ? await page.eval(() => window.__cpLong ?? []) : [];
  // Long tasks from the moment the pipeline was asked for (after the page's own load).
  const load = await page.eval(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0);
  const during = tasks.filter((x) => x.start >= load);
  if (keep) {
    for (const k of Object.keys(b.stages)) b.stages[k].push(report?.timings?.[k] ?? null);
    b.engine.push(state.timings.engineLoadMs); b.pipeline.push(state.timings.pipelineMs);
    if (typeof state.timings.snapshotMs === 'number') b.snapshot.push(state.timings.snapshotMs);
    b.host.push(state.timings.hostMs ?? null); b.direct.push(state.timings.direct ?? null); b.prepared.push(state.timings.prepared ?? null);
    const t = state.timings;
    // (a prepared run's snapshot and host time were spent before the click: only a run made when asked splits so)
    if (t.prepared !== true && [t.pipelineMs, t.snapshotMs, t.hostMs].every((x) => typeof x === 'number')) b.hops.push(t.pipelineMs - t.snapshotMs - t.hostMs);
    b.longest.push(Math.max(0, ...during.map((x) => x.ms))); b.over50.push(during.length);
  }
  await page.close();
}

function printClick(b, name) {
  const { cold, warm, steps, engine, pipeline, snapshot, host, direct, prepared, hops, stages, over50, longest } = b;
  console.log(`click → summary, first time on a tab (snapshot, pipeline and analysis run; no engine)${b.label}: ${fmt(cold)}`);
  console.log(`click → summary, again on the same tab (report cached): ${fmt(warm)}`);
  console.log(`  of the first: popup script starts ${fmt(steps.script)}; the tab answers ${fmt(steps.answer)}; summary drawn ${fmt(steps.render)}`);
  console.log(`  in the tab: engine injection ${fmtSome(engine, 'not injected')}; report asked → received ${fmt(pipeline)}${snapshot.length ? `, of which on the page's main thread (snapshot) ${fmt(snapshot)}` : ''}; in the host ${fmtSome(host, 'not reported')}`);
  if (hops.length) console.log(`  in the tab, neither snapshot nor host (messages to the host and back, the snapshot's task turns, storage; runs made when asked): ${fmt(hops)}`);
  // Since branch ext-speed2 the snapshot goes straight to the host when it holds the settings and site memory.
  console.log(`  the host answered the tab directly in ${direct.filter((x) => x === true).length} of ${direct.length} runs (through the background: ${direct.filter((x) => x === false).length}; not reported: ${direct.filter((x) => x == null).length})`);
  // Since branch click an article's summary is prepared at idle after its load, before the click.
  console.log(`  the report was prepared before the click in ${prepared.filter((x) => x === true).length} of ${prepared.length} runs (made when asked: ${prepared.filter((x) => x === false).length}; not reported: ${prepared.filter((x) => x == null).length})`);
  console.log(`  in the host, by stage (the report's timings): ${Object.entries(stages).map(([k, v]) => `${k.replace('Ms', '')} ${median(v.map(Number)).toFixed(1)}`).join(', ')} ms medians`);
  if (name === 'chromium') console.log(`long tasks (> 50 ms) on the page while the pipeline ran: ${over50.reduce((a, c) => a + c, 0)} in ${over50.length} runs; longest a run: ${fmt(longest)}`);
}

async function bench(name, server) {
  const driver = await launchBrowser(name);
  console.log(`\n## ${driver.version}, headless`);
  if (name === 'chromium') await driver.context.addInitScript(LONGTASKS);
  if (name === 'chromium' && !clickOnly) {
    // Every page of this browser records its long tasks.
    const start = [], detect = [], injected = [];
    const page = await driver.openTab(server.url(NON_ARTICLE, 'localhost'));
    for (let i = 0; i <= RUNS; i++) {
      await page.raw.goto(server.url(NON_ARTICLE, 'localhost'), { waitUntil: 'load' });
      const tabId = await tabIdOf(driver, page);
      const { state } = await sendToTab(driver, tabId, { type: 'clearpage:status' });
      if (i === 0) continue;
      start.push(state.timings.startMs); detect.push(state.timings.detectMs); injected.push(state.timings.engineLoadMs !== null);
    }
    console.log(`non-article page: content script start → settings read (async, mostly waiting): ${fmt(start)}`);
    console.log(`non-article page: detectArticle (synchronous, main thread): ${fmt(detect)}`);
    console.log(`non-article page: pipeline engine loaded: ${injected.some(Boolean) ? 'yes (unexpected)' : 'never'}`);
    await page.close();
  }

  const builds = [{ label: '', driver, ...emptySeries() }];
  if (name === 'chromium' && AB) {
    const other = await launchChromium({ ext: AB });
    await other.context.addInitScript(LONGTASKS); // its pages record their long tasks too
    builds.push({ label: ` [B: ${AB}]`, driver: other, ...emptySeries() });
  }
  if (AB) builds[0].label = ` [A: ${EXT}]`;
  for (let i = 0; i <= RUNS; i++) {
    // Builds alternate run by run, each first in turn: the machine's load falls on both alike.
    for (const b of i % 2 ? [...builds].reverse() : builds) await clickRun(b, name, server, i > 0);
  }
  for (const b of builds) printClick(b, name);
  if (AB) {
    // Paired by run (the two builds' runs next to each other in time): less noise than the two medians.
    const diff = builds[1].cold.map((x, i) => x - builds[0].cold[i]);
    console.log(`A/B click → summary, first time, paired by run: B − A median ${median(diff).toFixed(1)} ms; B faster in ${diff.filter((d) => d < 0).length} of ${diff.length} runs`);
    await builds[1].driver.close();
  }
  if (name === 'chromium' && !clickOnly) {
    await driver.inExtension(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings ?? {}), autoCleanSites: ['127.0.0.1'] }, settings$: { v: 2 } });
    });
    const cleanedAt = [], afterDcl = [], pipe = [], eng = [];
    const page = await driver.openTab(server.url(NON_ARTICLE));
    for (let i = 0; i <= RUNS; i++) {
      await page.raw.goto(server.url(ARTICLE_A), { waitUntil: 'load' });
      await page.waitFor('[data-clearpage-hidden]', { timeout: 10_000 });
      const tabId = await tabIdOf(driver, page);
      const { state } = await sendToTab(driver, tabId, { type: 'clearpage:status' });
      const dcl = await page.eval(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
      if (i === 0) continue;
      const t = state.timings;
      cleanedAt.push(t.cleanedAt); afterDcl.push(t.cleanedAt - dcl); pipe.push(t.pipelineMs); eng.push(t.engineLoadMs);
    }
    console.log(`auto-clean: navigation start → page cleaned (and shown): ${fmt(cleanedAt)}`);
    console.log(`auto-clean: DOMContentLoaded → page cleaned: ${fmt(afterDcl)}`);
    // Since branch ext-speed the snapshot is taken and sent before the engine loads (the host runs meanwhile): the
    // second figure runs from the clean request, the engine's injection included.
    console.log(`auto-clean: of which engine injection ${fmt(eng)}; clean request → page cleaned (snapshot, host, injection, hiding) ${fmt(pipe)}`);
    await page.close();
  }
  await driver.close();
}

const server = await startServer();
for (const name of browsers) await bench(name, server);
await server.close();
