// Shared by tests/e2e/run.mjs, benchmarks/extension.mjs and scripts/screenshots.mjs: a page server on 127.0.0.1
// (port 0), and a driver for each browser that loads the built extension, with one small API that the scenarios
// (tests/e2e/scenarios.mjs) use in both: Debian's Chromium via playwright-core (this file) and Debian's
// firefox-esr via puppeteer-core over WebDriver BiDi (tests/e2e/firefox.mjs).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const PAGES = path.join(here, 'pages');
// CLEARPAGE_EXT, CLEARPAGE_EXT_FIREFOX: other builds (benchmarks compare two builds run by run).
export const EXT = process.env.CLEARPAGE_EXT ? path.resolve(process.env.CLEARPAGE_EXT) : path.join(ROOT, '.output/chrome-mv3');
export const EXT_FIREFOX = process.env.CLEARPAGE_EXT_FIREFOX ? path.resolve(process.env.CLEARPAGE_EXT_FIREFOX) : path.join(ROOT, '.output/firefox-mv2');
export const SHARED_SEED = path.resolve(process.env.CLEARPAGE_SHARED || path.join(ROOT, '..', 'shared'), 'fixtures', 'seed');
export const BROWSERS = ['chromium', 'firefox'];

/** Paths the server answers, each to a file of tests/e2e/pages (or of ../shared for the optional seed). */
export const ROUTES = {
  '/harbour/ferry-union-blames-port-authority-for-collapse-of-wage-talks/': path.join(PAGES, 'ferry-talks.html'),
  '/harbour/island-crossings-cut-to-four-a-day-as-overtime-ban-begins/': path.join(PAGES, 'ferry-timetable.html'),
  '/category/harbour/': path.join(PAGES, 'harbour-category.html'),
  '/city/council-approves-harbour-wall-repairs-after-storm-damage/': path.join(PAGES, 'hostile.html'),
  '/islands/ferry-workers-suspend-strike-after-night-pay-deal/': path.join(PAGES, 'rtl-article.html'),
  '/harbour/port-authority-names-new-harbour-master/': path.join(PAGES, 'widgets-article.html'),
  '/harbour/night-ferry-returns-to-the-winter-timetable/': path.join(PAGES, 'plain-article.html'),
  '/harbour/harbour-board-weighs-a-second-ferry-berth/': path.join(PAGES, 'paywalled-article.html'),
  '/images/harbour.svg': path.join(PAGES, 'harbour.svg'),
  '/afghanistan/taliban-blame-pakistans-irresponsible-attitude-for-collapse-of-istanbul-talks/': path.join(SHARED_SEED, 'istanbul-talks.html'),
};
export const ARTICLE_A = '/harbour/ferry-union-blames-port-authority-for-collapse-of-wage-talks/';
export const ARTICLE_B = '/harbour/island-crossings-cut-to-four-a-day-as-overtime-ban-begins/';
export const NON_ARTICLE = '/category/harbour/';
export const HOSTILE = '/city/council-approves-harbour-wall-repairs-after-storm-damage/';
export const RTL_ARTICLE = '/islands/ferry-workers-suspend-strike-after-night-pay-deal/';
export const WIDGETS_ARTICLE = '/harbour/port-authority-names-new-harbour-master/';
export const PLAIN_ARTICLE = '/harbour/night-ferry-returns-to-the-winter-timetable/';
export const PAYWALLED_ARTICLE = '/harbour/harbour-board-weighs-a-second-ferry-berth/';
export const SEED = '/afghanistan/taliban-blame-pakistans-irresponsible-attitude-for-collapse-of-istanbul-talks/';

const SLOW_CSS_MS = 3000;

/**
 * Serve ROUTES (and `extra`: path → file) on 127.0.0.1, port 0. `/beacon` records requests (the hostile page's
 * tracker); `__ORIGIN__` in a page becomes the server's origin.
 */
export async function startServer(extra = {}) {
  const beacons = [];
  const routes = { ...ROUTES, ...extra };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // A style sheet that takes SLOW_CSS_MS to come: Firefox lays nothing out until it has it (?slow-css on a page).
    if (url.pathname === '/slow.css') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end('body { margin: 0 auto; }'), SLOW_CSS_MS);
      return;
    }
    if (url.pathname === '/beacon') {
      beacons.push({ query: url.search, at: Date.now(), referer: req.headers.referer ?? null });
      res.writeHead(204).end();
      return;
    }
    const file = routes[url.pathname];
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const origin = `http://${req.headers.host}`;
    const type = file.endsWith('.png') ? 'image/png' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/html; charset=utf-8';
    let body = type.startsWith('text/html') ? fs.readFileSync(file, 'utf8').replaceAll('__ORIGIN__', origin) : fs.readFileSync(file);
    // ?edition=X: the page's first paragraph ends with "Edition X." — another article to the pipeline (nothing it
    // kept for the last one answers for this one: benchmarks/extension.mjs --fresh).
    const edition = url.searchParams.get('edition');
    if (edition && typeof body === 'string') body = body.replace('</p>', ` Edition ${edition.replace(/[^\w-]/g, '')}.</p>`);
    if (url.searchParams.has('slow-css') && typeof body === 'string') body = body.replace(/<head[^>]*>/i, (h) => `${h}<link rel="stylesheet" href="/slow.css?${Date.now()}">`);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A page (tab, popup, reader view, options) in either browser, with the few operations the scenarios need.
 * `raw` is the playwright or puppeteer page; `kind` says which.
 */
export class PageHandle {
  constructor(raw, kind) {
    this.raw = raw;
    this.kind = kind;
  }
  /** Run `fn(arg)` in the page (one serialisable argument). */
  eval(fn, arg) { return this.raw.evaluate(fn, arg); }
  href() { return this.eval(() => location.href); }
  /** Wait until `sel` matches (or, with `gone`, no longer matches). */
  async waitFor(sel, { timeout = 15_000, gone = false } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const found = await this.eval((s) => !!document.querySelector(s), sel).catch(() => null);
      if (found !== null && found !== gone) return;
      if (Date.now() > end) throw new Error(`timed out waiting for ${gone ? 'no ' : ''}${sel}`);
      await sleep(50);
    }
  }
  /** Wait until `fn(arg)` in the page returns a truthy value, and return it. */
  async waitUntil(fn, arg, { timeout = 15_000, what = 'a condition' } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.eval(fn, arg).catch(() => null);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }
  text(sel) { return this.eval((s) => document.querySelector(s)?.textContent ?? null, sel); }
  texts(sel) { return this.eval((s) => Array.from(document.querySelectorAll(s), (e) => e.textContent ?? ''), sel); }
  has(sel) { return this.eval((s) => !!document.querySelector(s), sel); }
  count(sel) { return this.eval((s) => document.querySelectorAll(s).length, sel); }
  /** A real click (pointer events, focus), as a reader's. */
  click(sel) { return this.raw.click(sel); }
  select(sel, value) { return this.kind === 'playwright' ? this.raw.selectOption(sel, value) : this.raw.select(sel, value); }
  press(key) { return this.raw.keyboard.press(key); }
  /** What has the keyboard focus: its data-testid, else its tag name. */
  focused() { return this.eval(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null); }
  // Playwright hides the caret by default by setting an inline style on every input and taking it off afterwards,
  // which leaves `style=""` behind: the page would no longer be as it was (a false "Restore is not exact").
  screenshot(file, { fullPage = false } = {}) {
    return this.raw.screenshot({ path: file, fullPage, ...(this.kind === 'playwright' ? { caret: 'initial' } : {}) });
  }
  async setViewport({ width, height }) {
    if (this.kind === 'playwright') return this.raw.setViewportSize({ width, height });
    return (await import('./firefox.mjs')).setFirefoxViewport(this.raw, { width, height });
  }
  /** Call `cb(message)` for each dialog (alert, confirm…) the page opens; the dialog is dismissed. */
  onDialog(cb) { this.raw.on('dialog', (d) => { cb(d.message()); void d.dismiss().catch(() => undefined); }); }
  close() { return this.raw.close(); }
}

/** Chromium with the built extension (.output/chrome-mv3, or `ext`) loaded unpacked, via playwright-core. */
export async function launchChromium({ ext = EXT, proxy = null } = {}) {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(path.join(ext, 'manifest.json'))) throw new Error(`no built extension at ${ext}: run \`npx wxt build\` first`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-e2e-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-dl-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloads,
    args: [
      '--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // scripts/real-pages.mjs: every address goes to its server, so pages are served under their publisher's host
      ...(proxy ? [`--proxy-server=http://${proxy}`] : []),
    ],
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  const version = await sw.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
  const wrap = (p) => new PageHandle(p, 'playwright');
  return {
    name: 'chromium',
    version: `Chromium ${version}`,
    base,
    context,
    sw,
    async openTab(url) {
      const p = await context.newPage();
      await p.goto(url, { waitUntil: 'load' });
      return wrap(p);
    },
    /** An extension page (`popup.html?tabId=N`, `reader.html…`, `options.html`) in a tab of its own. */
    async openExtensionPage(rel, viewport, { newWindow = false } = {}) {
      if (newWindow) return wrap(await openInWindow(context, `${base}/${rel}`, viewport));
      const p = await context.newPage();
      if (viewport) await p.setViewportSize(viewport);
      await p.goto(`${base}/${rel}`);
      return wrap(p);
    },
    /** Run `fn(arg)` where the extension APIs are (the service worker): `globalThis.browser ?? chrome`. */
    inExtension(fn, arg) { return sw.evaluate(fn, arg); },
    /** Run `action` (which starts a download from `page`) and return the file's name and text. */
    async download(page, action) {
      const [dl] = await Promise.all([page.raw.waitForEvent('download', { timeout: 20_000 }), action()]);
      return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
    },
    /** Close the tabs whose address starts with `prefix` (e.g. a link the reader view opened). */
    async closeTabsAt(prefix) {
      for (const p of context.pages()) if (p.url().startsWith(prefix)) await p.close();
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * An address in a window of its own, as the toolbar's popup opens beside the page (the page's tab stays in front:
 * a tab opened beside it would send the page to the background, where Chromium gives its process less time).
 */
async function openInWindow(context, url, viewport) {
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(url.split('?')[0]) || p.url() === 'about:blank', timeout: 15_000 });
  await cdp.send('Target.createTarget', { url, newWindow: true, ...(viewport ?? {}) });
  const p = await opened;
  await cdp.detach().catch(() => undefined);
  return p;
}

/** Launch one browser by name ('chromium' or 'firefox') with the built extension; `proxy` ('host:port') takes every http address. */
export async function launchBrowser(name, { proxy = null } = {}) {
  if (name === 'firefox') return (await import('./firefox.mjs')).launchFirefox({ proxy });
  if (name === 'chromium') return launchChromium({ proxy });
  throw new Error(`unknown browser ${name}`);
}

/** Chromium the older way (eval/live-clean.mjs, benchmarks/page-engine.mjs): `{ context, sw, extId, close }`. */
export async function launch() {
  const d = await launchChromium();
  return { context: d.context, sw: d.sw, extId: new URL(d.base).host, close: d.close };
}

/** Run `fn(arg)` in the extension: `on` is a driver, or (older callers) Chromium's service worker. */
const inExtension = (on, fn, arg) => (on.inExtension ? on.inExtension(fn, arg) : on.evaluate(fn, arg));

/**
 * The tab id of a page (a PageHandle, or a playwright page with a service worker as `on`): asks each tab's content
 * script for its address (tabs.url needs the "tabs" permission).
 */
export async function tabIdOf(on, page) {
  const url = page.href ? await page.href() : page.url();
  for (let i = 0; i < 100; i++) {
    const id = await inExtension(on, async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      for (const t of await api.tabs.query({})) {
        if (t.id === undefined) continue;
        const res = await api.tabs.sendMessage(t.id, { type: 'clearpage:status' }).catch(() => null);
        if (res?.state?.url === u) return t.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await sleep(100);
  }
  throw new Error(`no tab found for ${url}`);
}

/** Send a message to a tab's content script from the extension (`on`: a driver or Chromium's service worker). */
export function sendToTab(on, tabId, msg) {
  return inExtension(on, ([id, m]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, m), [tabId, msg]);
}

/** Read a key of the extension's storage.local. */
export function storageGet(driver, key) {
  return driver.inExtension(async (k) => (await (globalThis.browser ?? globalThis.chrome).storage.local.get(k))[k], key);
}

/** In the page: for each text, whether the innermost element holding it exists and is visible. */
export function visibility(page, texts) {
  return page.eval((list) => {
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
