// Shared by tests/e2e/run.mjs, benchmarks/extension.mjs and scripts/screenshots.mjs: a page server on 127.0.0.1
// (port 0) and Debian's Chromium with the built extension (.output/chrome-mv3) loaded unpacked, via playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const PAGES = path.join(here, 'pages');
export const EXT = path.join(ROOT, '.output/chrome-mv3');
export const SHARED_SEED = path.resolve(ROOT, '../shared/fixtures/seed');

/** Paths the server answers, each to a file of tests/e2e/pages (or of ../shared for the optional seed). */
export const ROUTES = {
  '/harbour/ferry-union-blames-port-authority-for-collapse-of-wage-talks/': path.join(PAGES, 'ferry-talks.html'),
  '/harbour/island-crossings-cut-to-four-a-day-as-overtime-ban-begins/': path.join(PAGES, 'ferry-timetable.html'),
  '/category/harbour/': path.join(PAGES, 'harbour-category.html'),
  '/city/council-approves-harbour-wall-repairs-after-storm-damage/': path.join(PAGES, 'hostile.html'),
  '/afghanistan/taliban-blame-pakistans-irresponsible-attitude-for-collapse-of-istanbul-talks/': path.join(SHARED_SEED, 'istanbul-talks.html'),
};
export const ARTICLE_A = '/harbour/ferry-union-blames-port-authority-for-collapse-of-wage-talks/';
export const ARTICLE_B = '/harbour/island-crossings-cut-to-four-a-day-as-overtime-ban-begins/';
export const NON_ARTICLE = '/category/harbour/';
export const HOSTILE = '/city/council-approves-harbour-wall-repairs-after-storm-damage/';
export const SEED = '/afghanistan/taliban-blame-pakistans-irresponsible-attitude-for-collapse-of-istanbul-talks/';

export async function startServer() {
  const beacons = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/beacon') {
      beacons.push({ query: url.search, at: Date.now(), referer: req.headers.referer ?? null });
      res.writeHead(204).end();
      return;
    }
    const file = ROUTES[url.pathname];
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const origin = `http://${req.headers.host}`;
    const body = fs.readFileSync(file, 'utf8').replaceAll('__ORIGIN__', origin);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    /** The same server under two site names, so that auto-clean of one site leaves the other alone. */
    url: (p, host = '127.0.0.1') => `http://${host}:${port}${p}`,
    beacons,
    close: () => new Promise((r) => server.close(r)),
  };
}

export async function launch() {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`no built extension at ${EXT}: run \`npx wxt build\` first`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-e2e-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-dl-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloads,
    args: [
      '--headless=new', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(sw.url()).host;
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(downloads, { recursive: true, force: true });
  };
  return { context, sw, extId, close };
}

/** The tab id of a page: asks each tab's content script for its address (tabs.url needs the "tabs" permission). */
export async function tabIdOf(sw, page) {
  const url = page.url();
  for (let i = 0; i < 50; i++) {
    const id = await sw.evaluate(async (u) => {
      for (const t of await chrome.tabs.query({})) {
        if (t.id === undefined) continue;
        const res = await chrome.tabs.sendMessage(t.id, { type: 'clearpage:status' }).catch(() => null);
        if (res?.state?.url === u) return t.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab found for ${url}`);
}

/** Send a message to a tab's content script from the service worker. */
export function sendToTab(sw, tabId, msg) {
  return sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);
}

export async function openPopup(context, extId, tabId, viewport = { width: 400, height: 600 }) {
  const popup = await context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** In the page: for each text, whether the innermost element holding it exists and is visible. */
export function visibility(page, texts) {
  return page.evaluate((list) => {
    const norm = (s) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    const all = Array.from(document.body.querySelectorAll('*')).filter((e) => !['SCRIPT', 'STYLE'].includes(e.tagName));
    return list.map((t) => {
      const n = norm(t);
      const holders = all.filter((e) => norm(e.textContent).includes(n));
      const inner = holders.filter((e) => !Array.from(e.children).some((c) => norm(c.textContent).includes(n)));
      const visible = inner.map((e) => e.checkVisibility());
      return { text: t, found: inner.length, visible: visible.filter(Boolean).length };
    });
  }, texts);
}

/** Letters and digits only, lower case: compares text across Markdown escaping and typography. */
export const plain = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
