// Real pages of ../shared/corpus served from 127.0.0.1 under their own paths, and the measure of what a reader sees
// on them before and after Clean. Used by tests/e2e/aeb-clean.mjs and eval/live-clean.mjs. The pages are the
// publishers' copyright: they are read from ../shared at run time and never copied into the repo.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './harness.mjs';

// ../shared beside the checkout, or CLEARPAGE_SHARED (as eval/gates.mjs): a worktree under /work/wt has none beside it.
export const SHARED = path.resolve(process.env.CLEARPAGE_SHARED || path.join(ROOT, '..', 'shared'));
export const AEB = path.join(SHARED, 'corpus/aeb-dev');
export const FUNDUS = path.join(SHARED, 'corpus/fundus-dev');

/** AEB dev pages: [{ id, url, file, truth: string[] (ground-truth sentences) }], sorted by id. */
export function aebPages() {
  if (!fs.existsSync(path.join(AEB, 'ground-truth.json'))) return [];
  const gt = JSON.parse(fs.readFileSync(path.join(AEB, 'ground-truth.json'), 'utf8'));
  return Object.keys(gt).sort().map((id) => ({
    id, url: gt[id].url, file: path.join(AEB, 'html', `${id}.html.gz`), truth: sentences(gt[id].articleBody ?? ''),
  })).filter((p) => fs.existsSync(p.file));
}

/** fundus dev pages with their ground-truth paragraphs and subheadings, sorted by file name. */
export function fundusPages() {
  const dir = path.join(FUNDUS, 'truth');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const t = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const slug = f.replace(/\.json$/, '');
    const file = path.join(FUNDUS, 'pages', `${slug}.html.gz`);
    return { id: slug, url: t.url, file, lang: t.lang, truth: sentences([...(t.summary ?? []), ...(t.headlines ?? []), ...(t.paragraphs ?? [])].join('\n')) };
  }).filter((p) => fs.existsSync(p.file));
}

/** Sentences of a ground-truth text: lines, cut after . ! ? and their CJK forms. */
export function sentences(text) {
  return text.split(/\n+|(?<=[.!?。！？])\s+/u).map((s) => s.trim()).filter((s) => letters(s).length >= 4);
}

/** Letters and digits only, lower case: compares texts across spacing, line breaks and typography. */
export const letters = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Serve `pages` (each { url, file }) at their own path and query on 127.0.0.1. Page scripts are off (a CSP header),
 * so the page stays as saved; other requests get 404. The caller also blocks every request off this host.
 */
export async function startCorpusServer(pages) {
  const byPath = new Map(pages.map((p) => { const u = new URL(p.url); return [u.pathname + u.search, p.file]; }));
  const server = http.createServer((req, res) => {
    const file = byPath.get(req.url ?? '/');
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store',
      'content-security-policy': "script-src 'none'; object-src 'none'",
    }).end(zlib.gunzipSync(fs.readFileSync(file)));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    /** The page's address here; `host` may be `localhost` (the same server under another site name). */
    url: (p, host = '127.0.0.1') => { const u = new URL(p.url); return `http://${host}:${port}${u.pathname}${u.search}`; },
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Keep a browser context on this machine: every request off 127.0.0.1 is aborted (saved pages link to the web). */
export async function stayLocal(context) {
  await context.route(/^https?:\/\//, (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
}

/** The page's visible text, text node by text node in document order (what a reader can see, not where). */
export function visibleText(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || !n.nodeValue.trim() || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TITLE)$/.test(p.tagName)) continue;
      if (!p.checkVisibility({ visibilityProperty: true })) continue;
      out.push(n.nodeValue);
    }
    return out.join('');
  });
}

/**
 * The visible text of the article's own header and photos, which Clean keeps on purpose (headline, byline, dates,
 * captions and credits): measured after Clean, so that it can be set apart from the furniture Clean must hide.
 */
export function keptHeaderText(page) {
  return page.evaluate(() => {
    const sel = 'h1, time, figcaption, [class*="caption" i], [class*="credit" i], [class*="byline" i], [class*="author" i], [rel~="author"], [class*="date" i]';
    const els = Array.from(document.body.querySelectorAll(sel)).filter((e) => e.checkVisibility() && !e.parentElement?.closest(sel));
    return els.map((e) => e.textContent ?? '').join('');
  });
}

/**
 * What Clean did to the reader's view: ground-truth sentences still visible, and the share of the other visible text
 * (menus, teasers, footers… and also headline, byline and captions, which stay) that was hidden.
 */
export function cleanFigures(truth, before, after, header = '') {
  const b = letters(before), a = letters(after);
  const kept = letters(header).length;
  const seenBefore = truth.filter((s) => b.includes(letters(s)));
  const lost = seenBefore.filter((s) => !a.includes(letters(s)));
  const truthLetters = seenBefore.reduce((n, s) => n + letters(s).length, 0);
  const keptTruth = truthLetters - lost.reduce((n, s) => n + letters(s).length, 0);
  const otherBefore = Math.max(0, b.length - truthLetters);
  const otherAfter = Math.max(0, a.length - keptTruth);
  // Furniture: the other text less the article's own header and captions, which stay on purpose.
  const furnBefore = Math.max(0, otherBefore - kept), furnAfter = Math.max(0, otherAfter - kept);
  return {
    truth: truth.length, truthVisibleBefore: seenBefore.length, lost,
    otherBefore, otherAfter, hiddenShare: otherBefore ? 1 - otherAfter / otherBefore : 1,
    furnitureBefore: furnBefore, furnitureAfter: furnAfter, furnitureHidden: furnBefore ? 1 - furnAfter / furnBefore : 1,
  };
}
