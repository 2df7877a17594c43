// Debian's firefox-esr with the built add-on (.output/firefox-mv2) installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi: the same driver API as Chromium's (tests/e2e/harness.mjs), so that the
// scenarios run unchanged in both. Recipe (../shared/TOOLCHAIN.md): `--remote-allow-system-access` lets BiDi open
// moz-extension:// pages; the `extensions.webextensions.uuids` pref fixes the add-on's UUID, hence its pages'
// addresses; extension pages fire no load event that BiDi reports, so navigation to them is polled.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { EXT_FIREFOX, PageHandle } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The window's size. puppeteer's BiDi setViewport also sends emulation.setScreenOrientationOverride, which Firefox
 * ESR 140 does not know ("unknown command"); the size itself is set by the command beside it, so that refusal alone is
 * let pass. */
export async function setFirefoxViewport(p, viewport) {
  try {
    await p.setViewport(viewport);
  } catch (e) {
    if (!/setScreenOrientationOverride/.test(String(e?.message))) throw e;
  }
}

/** Prefs that send every http and https address to `proxy` ('host:port'), with no upgrade to https on the way. */
function proxyPrefs(proxy) {
  if (!proxy) return {};
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1, 'network.proxy.http': host, 'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host, 'network.proxy.ssl_port': Number(port), 'network.proxy.no_proxies_on': '',
    'network.stricttransportsecurity.preloadlist': false, 'dom.security.https_first': false, 'dom.security.https_only_mode': false,
  };
}

/** Whether the top document of `p` is `url` itself (no error page) and has loaded, within LOAD_WAIT_MS. */
const LOAD_WAIT_MS = 30_000;
async function loadedItself(p, url) {
  const want = url.split('#')[0];
  const end = Date.now() + LOAD_WAIT_MS;
  while (Date.now() < end) {
    const s = await p.evaluate(() => ({ href: location.href.split('#')[0], uri: document.documentURI, state: document.readyState })).catch(() => null);
    if (s && (s.href !== want || /^about:/.test(s.uri))) return false;
    if (s?.state === 'complete') return true;
    await sleep(100);
  }
  return false;
}

export async function launchFirefox({ proxy = null } = {}) {
  const manifestFile = path.join(EXT_FIREFOX, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`no built add-on at ${EXT_FIREFOX}: run \`npx wxt build -b firefox\` first`);
  const geckoId = JSON.parse(fs.readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = crypto.randomUUID();
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpage-ff-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Downloads go straight to a folder the test reads, without a dialog.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      ...proxyPrefs(proxy),
    },
  });
  await browser.installExtension(EXT_FIREFOX);
  const base = `moz-extension://${uuid}`;
  const wrap = (p) => new PageHandle(p, 'puppeteer');
  /** A file's name and size, or '' once it is gone (renamed by Firefox between two reads). */
  const stamp = (name) => {
    try {
      return `${name}:${fs.statSync(path.join(downloads, name)).size}`;
    } catch {
      return '';
    }
  };

  /** A window of its own for each page: a background tab's timers are throttled to one a second. */
  async function openWindow(url, viewport) {
    const p = await browser.newPage({ type: 'window' });
    if (viewport) await setFirefoxViewport(p, viewport);
    if (!url.startsWith('moz-extension:')) {
      try {
        await p.goto(url, { waitUntil: 'load' });
      } catch (error) {
        // Firefox's remote agent aborts a navigation when any frame of the page shows an error page ("Address
        // rejected": a saved page's YouTube or tag-manager iframe at an https address the harness does not serve),
        // though the page itself loads: it counts once its own document has loaded.
        if (!(await loadedItself(p, url))) throw error;
      }
      return wrap(p);
    }
    // page.goto never resolves for extension pages: start it and poll.
    void p.goto(url).catch(() => undefined);
    const end = Date.now() + 15_000;
    for (;;) {
      const ready = await p.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
      if (ready) return wrap(p);
      if (Date.now() > end) throw new Error(`extension page did not load: ${url}`);
      await sleep(50);
    }
  }

  // Extension APIs are reached from an extension page kept open for that purpose (the MV2 background page is not
  // a BiDi target). The options page only reads settings when it opens.
  const control = await openWindow(`${base}/options.html`);
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    base,
    browser,
    // the size Chromium opens pages at (harness.mjs): a page laid out alike in both browsers is cleaned alike
    openTab: (url) => openWindow(url, { width: 1280, height: 720 }),
    openExtensionPage: (rel, viewport) => openWindow(`${base}/${rel}`, viewport),
    inExtension: (fn, arg) => control.eval(fn, arg),
    /**
     * Run `action` (which starts a download) and return the new file of the downloads folder. Firefox may write a
     * temporary name first and rename it: a file counts only once its name and size hold over two polls, and a file
     * that vanishes before it is read is waited for again.
     */
    async download(_page, action) {
      const before = new Set(fs.readdirSync(downloads));
      await action();
      const end = Date.now() + 10_000;
      let last = '';
      for (;;) {
        const names = fs.readdirSync(downloads);
        const fresh = names.filter((f) => !before.has(f) && !f.endsWith('.part'));
        const seen = fresh.length === 1 && !names.some((f) => f.endsWith('.part')) ? stamp(fresh[0]) : '';
        if (seen && seen === last) {
          try {
            return { name: fresh[0], text: fs.readFileSync(path.join(downloads, fresh[0]), 'utf8') };
          } catch (error) {
            if (error.code !== 'ENOENT') throw error;
          }
        }
        last = seen;
        if (Date.now() > end) throw new Error(`no download arrived (folder holds: ${names.join(', ') || 'nothing'})`);
        await sleep(100);
      }
    },
    async closeTabsAt(prefix) {
      for (const p of await browser.pages()) if (p.url().startsWith(prefix)) await p.close();
    },
    async close() {
      await browser.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}
