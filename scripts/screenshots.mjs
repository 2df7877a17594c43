#!/usr/bin/env node
// The screenshots in docs/screenshots/, made from the built extension (run `npx wxt build && npx wxt build -b
// firefox` first, or `npm run screenshots`): the popup after Clean, the reader view in light and dark (display
// settings open) and on a right-to-left page, a cleaned page, and the popup in Firefox. Pages: the project's seed
// page when ../shared is there (the Northgate Courier test page otherwise) and our own right-to-left page.
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_A, ROOT, RTL_ARTICLE, SEED, SHARED_SEED, launchBrowser, startServer, storageGet, tabIdOf } from '../tests/e2e/harness.mjs';

const out = path.join(ROOT, 'docs', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const article = fs.existsSync(path.join(SHARED_SEED, 'istanbul-talks.html')) ? SEED : ARTICLE_A;
const server = await startServer();
const shot = async (page, name, opts) => { await page.screenshot(path.join(out, name), opts); console.log(`docs/screenshots/${name}`); };
const status = () => /^(Hid|Nothing)/.test(document.querySelector('[data-testid=status]')?.textContent ?? '');

async function setTheme(driver, theme) {
  await driver.inExtension(async (t) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const { readerPrefs } = await api.storage.local.get('readerPrefs');
    await api.storage.local.set({ readerPrefs: { ...(readerPrefs ?? {}), theme: t }, readerPrefs$: { v: 1 } });
  }, theme);
}

for (const name of ['chromium', 'firefox']) {
  const driver = await launchBrowser(name);
  const page = await driver.openTab(server.url(article, 'localhost'));
  await page.setViewport({ width: 1280, height: 900 });
  const tabId = await tabIdOf(driver, page);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 });
  await popup.waitFor('[data-testid=summary]');
  await popup.click('[data-testid=clean]');
  await popup.waitUntil(status, null, { what: 'the result of Clean' });
  if (name === 'firefox') {
    await shot(popup, 'popup-firefox.png');
  } else {
    await shot(popup, 'popup.png');
    await shot(page, 'cleaned-page.png', { fullPage: true });
    const reader = async (tab, file, { theme = 'auto', display = false } = {}) => {
      await setTheme(driver, theme);
      const r = await driver.openExtensionPage(`reader.html?tabId=${tab}`, { width: 1280, height: 900 });
      await r.waitFor('[data-testid=reader-article] p');
      await r.waitUntil(() => Array.from(document.images).every((i) => i.complete), null, { what: 'images' }).catch(() => undefined);
      if (display) await r.click('[data-testid=display] summary');
      await shot(r, file);
      await r.close();
    };
    await reader(tabId, 'reader-view.png');
    await reader(tabId, 'reader-view-dark.png', { theme: 'dark', display: true });
    const rtl = await driver.openTab(server.url(RTL_ARTICLE, 'localhost'));
    await reader(await tabIdOf(driver, rtl), 'reader-view-rtl.png', { theme: 'sepia' });
    await setTheme(driver, 'auto');
    if ((await storageGet(driver, 'readerPrefs'))?.theme !== 'auto') console.log('warning: reader theme not reset');
  }
  await driver.close();
}
await server.close();
