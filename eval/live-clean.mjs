#!/usr/bin/env node
// Clean on the live page, measured on real pages in Chromium with the built extension (`npx wxt build` first):
// for each page, the ground-truth sentences still visible after Clean, the share of the other visible text hidden,
// and whether Restore gives the page back exactly. Pages are served from ../shared (never copied into the repo).
// Usage: node eval/live-clean.mjs [--set aeb|fundus] [--only SUBSTR] [--limit N] [--shots DIR] [--verbose] [--why]
// (--why: for each lost sentence, the hidden box that holds it and Clean's mark on it)
import fs from 'node:fs';
import path from 'node:path';
import { launch, sendToTab, tabIdOf } from '../tests/e2e/harness.mjs';
import { aebPages, cleanFigures, keptHeaderText, letters, fundusPages, startCorpusServer, stayLocal, visibleText } from '../tests/e2e/corpus.mjs';

const argv = process.argv.slice(2);
const opt = (k, d = null) => (argv.includes(`--${k}`) ? argv[argv.indexOf(`--${k}`) + 1] : d);
const set = opt('set', 'aeb');
let pages = set === 'fundus' ? fundusPages() : aebPages();
if (!pages.length) { console.log(`skip: no ${set} pages under ../shared/corpus`); process.exit(0); }
const only = opt('only');
if (only) pages = pages.filter((p) => p.id.includes(only) || p.url.includes(only));
pages = pages.slice(0, Number(opt('limit', pages.length)));
const shots = opt('shots');
if (shots) fs.mkdirSync(shots, { recursive: true });
const verbose = argv.includes('--verbose');

/** The biggest visible boxes left after Clean (debugging: what stayed that is not the story). */
function leftovers(page, truth) {
  return page.evaluate((truth) => {
    const letters = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const rows = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility() || /^(SCRIPT|STYLE)$/.test(el.tagName)) continue;
      let own = '';
      for (const n of el.childNodes) if (n.nodeType === 3) own += n.nodeValue;
      own = own.replace(/\s+/g, ' ').trim();
      if (own.length && !truth.includes(letters(own))) rows.push([own.length, `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)} ${el.closest('[data-clearpage-hidden]') ? 'H' : ''}`, own.slice(0, 70)]);
    }
    return rows.sort((a, b) => b[0] - a[0]).slice(0, 25).map((r) => r.join('  ')).join('\n');
  }, truth);
}

/** For each lost sentence, the hidden box that holds it: its tag, classes, and what Clean marked it with. */
function whyLost(page, lost) {
  return page.evaluate((lost) => {
    const letters = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return lost.map((s) => {
      const want = letters(s);
      let best = null;
      for (const el of document.body.querySelectorAll('*')) if (!el.closest('script, style, noscript, template') && letters(el.textContent ?? '').includes(want)) best = el;
      const h = best?.closest('[data-clearpage-hidden]');
      if (!h) return `${s.slice(0, 60)} → not hidden by Clean (${best ? best.tagName : 'not found'})`;
      return `${s.slice(0, 60)} → ${h.tagName.toLowerCase()}.${String(h.className).slice(0, 40)} [${h.getAttribute('data-clearpage-hidden')} ${h.getAttribute('data-clearpage-reason') ?? ''}]`;
    });
  }, lost);
}

const server = await startCorpusServer(pages);
const { context, sw, close } = await launch();
await stayLocal(context);
const rows = [];
for (const p of pages) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    await page.goto(server.url(p), { waitUntil: 'load', timeout: 30_000 });
    const tabId = await tabIdOf(sw, page);
    const html0 = await page.evaluate(() => document.documentElement.outerHTML);
    const before = await visibleText(page);
    if (shots) await page.screenshot({ path: path.join(shots, `${p.id.slice(0, 24)}-before.png`) });
    const res = await sendToTab(sw, tabId, { type: 'clearpage:clean' });
    if (res?.error) throw new Error(res.error);
    const after = await visibleText(page);
    const header = await keptHeaderText(page);
    if (argv.includes('--debug')) console.log(await leftovers(page, p.truth.map(letters).join('|')));
    if (argv.includes('--why')) for (const w of await whyLost(page, cleanFigures(p.truth, before, after, header).lost)) console.log(`       why: ${w}`);
    if (shots) await page.screenshot({ path: path.join(shots, `${p.id.slice(0, 24)}-after.png`), fullPage: true });
    await sendToTab(sw, tabId, { type: 'clearpage:restore' });
    const exact = (await page.evaluate(() => document.documentElement.outerHTML)) === html0;
    const f = cleanFigures(p.truth, before, after, header);
    const did = res?.state?.lastClean;
    rows.push({ p, f, exact, did });
    console.log(`${f.lost.length ? 'LOST' : 'ok  '} ${(f.hiddenShare * 100).toFixed(0).padStart(3)}% hidden (furniture ${(f.furnitureHidden * 100).toFixed(0).padStart(3)}%)  ${f.truthVisibleBefore - f.lost.length}/${f.truthVisibleBefore} sentences  ${exact ? 'restore exact' : 'RESTORE DIFFERS'}  ${p.id.slice(0, 12)} ${p.url.slice(0, 80)}${did ? `  [${did.nothingToHide ? 'nothing to hide' : Object.entries(did.byReason).map(([k, v]) => `${k} ${v}`).join(', ')}]` : ''}`);
    if (verbose) console.log(`       other text: ${f.otherBefore} letters before, ${f.otherAfter} after; ground truth ${f.truthVisibleBefore} sentences`);
    if (verbose) for (const s of f.lost) console.log(`       lost: ${s.slice(0, 120)}`);
  } catch (e) {
    rows.push({ p, error: String(e?.message ?? e) });
    console.log(`ERR  ${p.id.slice(0, 12)} ${p.url.slice(0, 80)}: ${String(e?.message ?? e).split('\n')[0]}`);
  }
  await page.close();
}
await close();
await server.close();

const ok = rows.filter((r) => r.f);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const shares = ok.map((r) => r.f.hiddenShare);
console.log(`\n${set}: ${rows.length} pages, ${rows.length - ok.length} errors`);
console.log(`ground-truth sentences visible after Clean: ${sum(ok.map((r) => r.f.truthVisibleBefore - r.f.lost.length))}/${sum(ok.map((r) => r.f.truthVisibleBefore))}; pages losing one: ${ok.filter((r) => r.f.lost.length).length}`);
console.log(`other visible text hidden: median ${(median(shares) * 100).toFixed(1)}%, overall ${(100 - 100 * sum(ok.map((r) => r.f.otherAfter)) / Math.max(1, sum(ok.map((r) => r.f.otherBefore)))).toFixed(1)}%, pages ≥ 80%: ${shares.filter((s) => s >= 0.8).length}/${ok.length}`);
const fshares = ok.map((r) => r.f.furnitureHidden);
console.log(`furniture hidden (other text less the kept headline, byline, dates, captions): median ${(median(fshares) * 100).toFixed(1)}%, overall ${(100 - 100 * sum(ok.map((r) => r.f.furnitureAfter)) / Math.max(1, sum(ok.map((r) => r.f.furnitureBefore)))).toFixed(1)}%, pages ≥ 80%: ${fshares.filter((s) => s >= 0.8).length}/${ok.length}`);
console.log(`restore exact: ${ok.filter((r) => r.exact).length}/${ok.length}`);
