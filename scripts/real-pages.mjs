#!/usr/bin/env node
// Look at the built extension on real pages of the corpus (../shared/corpus, or $CLEARPAGE_SHARED/corpus; never
// copied into the repo: each page is served from there, ungzipped on the fly). Each page is served under its
// publisher's address (http://host/path: the browsers' proxy is this script's server, which answers that page and
// nothing else), or with --ip at its path on 127.0.0.1. For each page and browser: the popup (summary, then Clean),
// the cleaned page and the reader view are screenshotted into .tmp/real-pages/<browser>/, then Restore is pressed and
// the page compared with itself before Clean; one line says what a reader sees ("restored": exact or not). The pages' own scripts, styles and images are on the web, which this machine cannot reach: what
// hides by a remote style sheet shows here.
// Usage: node scripts/real-pages.mjs [--browser chromium|firefox] [--ip] CORPUS_FILE...
//   e.g. aeb-dev/html/<id>.html.gz fundus-dev/pages/uk-BBC_2024_08_01.html.gz readability-test-pages/aktualne/source.html
//   (a file not gzipped is served as it is; a Readability test page at http://fakehost/test/<name>/page.html)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { BROWSERS, ROOT, launchBrowser, tabIdOf } from '../tests/e2e/harness.mjs';

const argv = process.argv.slice(2);
const browsers = argv.includes('--browser') ? argv[argv.indexOf('--browser') + 1].split(',') : BROWSERS;
const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--browser');
// The shared data beside the checkout, or where CLEARPAGE_SHARED says (a worktree under /work/wt has none beside it).
const corpus = path.resolve(process.env.CLEARPAGE_SHARED || path.join(ROOT, '..', 'shared'), 'corpus');
if (!files.length || !fs.existsSync(corpus)) { console.error(`usage: [CLEARPAGE_SHARED=DIR] node scripts/real-pages.mjs [--browser B] CORPUS_FILE... (no ${corpus})`); process.exit(2); }

/** The page's original address, from the corpus's ground truth, so that it is served at its own path. */
function originalUrl(file) {
  if (file.startsWith('readability-test-pages/')) return `http://fakehost/test/${file.split('/')[1]}/page.html`;
  const base = path.basename(file).replace(/\.html\.gz$/, '');
  if (file.startsWith('aeb-')) {
    const truth = JSON.parse(fs.readFileSync(path.join(corpus, file.split('/')[0], 'ground-truth.json'), 'utf8'));
    return truth[base]?.url ?? `https://example.org/${base}`;
  }
  const t = path.join(corpus, file.split('/')[0], 'truth', `${base}.json`);
  return fs.existsSync(t) ? JSON.parse(fs.readFileSync(t, 'utf8')).url : `https://example.org/${base}`;
}

// Each page under its publisher's host (http, the browser's proxy is this server), so that rules comparing the page's
// address (its own address printed as a line, links to itself) see it as on the web; --ip serves it on 127.0.0.1.
const byIp = argv.includes('--ip');
const routes = new Map(files.map((f) => { const u = new URL(originalUrl(f)); return [u.pathname, { f, host: u.host, search: u.search }]; }));
const server = http.createServer((req, res) => {
  // A proxy's request names the host ("GET http://www.faz.net/…"): anything but the page itself is not served.
  const u = new URL(req.url ?? '/', 'http://127.0.0.1');
  const r = routes.get(u.pathname);
  if (!r || (u.host !== r.host && u.hostname !== '127.0.0.1')) { res.writeHead(404).end(); return; }
  const f = r.f;
  const raw = fs.readFileSync(path.join(corpus, f));
  const bytes = f.endsWith('.gz') ? zlib.gunzipSync(raw) : raw;
  // The publisher's server said which encoding; the saved page lost it. Bytes that are valid UTF-8 are served as
  // UTF-8, as the sites do (El Mundo's page declares iso-8859-15 in a meta tag and sends UTF-8 under that header).
  let utf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { utf8 = false; }
  res.writeHead(200, { 'content-type': utf8 ? 'text/html; charset=utf-8' : 'text/html' }).end(bytes);
});
server.on('connect', (_req, socket) => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')); // https: the web is out of reach
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const local = `127.0.0.1:${server.address().port}`;
const addressOf = (p, r) => (byIp ? `http://${local}${p}${r.search}` : `http://${r.host}${p}${r.search}`);

for (const name of browsers) {
  const out = path.join(ROOT, '.tmp', 'real-pages', name);
  fs.mkdirSync(out, { recursive: true });
  // The browser's proxy is this server with --ip too (the page itself, on 127.0.0.1, is reached directly): every
  // request off it (a saved page's scripts, images and iframes) is refused at once, not sent to a network that
  // never answers (Firefox waited about 25 s for Breitbart's).
  const driver = await launchBrowser(name, { proxy: local });
  for (const [p, r0] of routes) {
    const f = r0.f;
    const id = (f.startsWith('readability-test-pages/') ? f.split('/')[1] : path.basename(f).replace(/\.html\.gz$/, '')).slice(0, 40);
    try {
      // Chromium sends a host on its HSTS preload list (theguardian.com) to https, which this server cannot answer:
      // that page is served on 127.0.0.1 instead ("served": "ip" in its line).
      let served = byIp ? 'ip' : 'host';
      const page = await driver.openTab(addressOf(p, r0)).catch(() => { served = 'ip'; return driver.openTab(`http://${local}${p}${r0.search}`); });
      await page.setViewport({ width: 1280, height: 900 });
      const tabId = await tabIdOf(driver, page);
      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 400, height: 600 });
      await popup.waitFor('[data-testid=summary], [data-testid=not-article], [data-testid=error]', { timeout: 30_000 });
      if (await popup.has('[data-testid=try-anyway]')) {
        await popup.click('[data-testid=try-anyway]');
        await popup.waitFor('[data-testid=summary], [data-testid=error]', { timeout: 30_000 });
      }
      const info = await popup.eval(() => ({
        title: document.querySelector('[data-testid=title]')?.textContent ?? '',
        site: document.querySelector('[data-testid=site]')?.textContent ?? '',
        forced: !!document.querySelector('[data-testid=forced]'),
        quotes: document.querySelectorAll('[data-testid=quote]').length,
        speakers: Array.from(document.querySelectorAll('[data-testid=speaker]'), (e) => e.textContent).slice(0, 3),
        parties: Array.from(document.querySelectorAll('[data-testid=party] .cp-party-name'), (e) => e.textContent).slice(0, 6),
        removed: document.querySelector('[data-testid=removed-summary]')?.textContent ?? '',
      }));
      const html0 = await page.eval(() => document.documentElement.outerHTML);
      if (await popup.has('[data-testid=clean]')) {
        await popup.click('[data-testid=clean]');
        await popup.waitUntil(() => /^(Hid|Nothing|Failed)/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''), null, { timeout: 30_000, what: 'Clean' });
      }
      const said = await popup.text('[data-testid=status]');
      const hidden = await page.eval(() => Array.from(document.querySelectorAll('[data-clearpage-hidden]'),
        (e) => `${e.getAttribute('data-clearpage-reason')}: ${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 70)}`));
      await popup.screenshot(path.join(out, `${id}-popup.png`));
      await page.screenshot(path.join(out, `${id}-cleaned.png`));
      // Restore, then the page against itself before Clean (a page's own script may change it meanwhile: say which).
      let restored = 'nothing cleaned';
      if (await popup.has('[data-testid=restore]')) {
        await popup.click('[data-testid=restore]');
        await popup.waitUntil(() => /^(Restored|Could not)/.test(document.querySelector('[data-testid=status]')?.textContent ?? ''), null, { timeout: 30_000, what: 'Restore' });
        restored = (await page.eval(() => document.documentElement.outerHTML)) === html0 ? 'exact' : 'differs';
      }
      await popup.close();
      const reader = await driver.openExtensionPage(`reader.html?tabId=${tabId}`, { width: 1280, height: 900 });
      await reader.waitFor('[data-testid=reader-article], [data-testid=error]', { timeout: 30_000 });
      const r = await reader.eval(() => ({
        dir: document.querySelector('[data-testid=reader]')?.getAttribute('dir'),
        lang: document.querySelector('[data-testid=reader]')?.getAttribute('lang'),
        chars: (document.querySelector('[data-testid=reader-article]')?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
        start: (document.querySelector('[data-testid=reader-article]')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
        images: document.querySelectorAll('[data-testid=reader-article] img').length,
        captions: document.querySelectorAll('[data-testid=reader-article] figcaption').length,
        error: document.querySelector('[data-testid=error]')?.textContent ?? null,
      }));
      await reader.screenshot(path.join(out, `${id}-reader.png`));
      await reader.close();
      await page.close();
      console.log(JSON.stringify({ browser: name, page: f, served, ...info, said, restored, reader: r, hidden }));
    } catch (e) {
      console.log(JSON.stringify({ browser: name, page: f, error: String(e?.message ?? e) }));
    }
  }
  await driver.close();
}
server.close();
