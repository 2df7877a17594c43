#!/usr/bin/env node
// Real-browser tests of the built extension (.output/chrome-mv3; run `npx wxt build` first): Debian's Chromium via
// playwright-core, pages served from 127.0.0.1. Prints `N passed, N failed` last; exits 1 on any failure.
// Options: --screenshots (write docs/screenshots/*.png), --only NAME (substring of a test name).
import fs from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_A, ARTICLE_B, HOSTILE, NON_ARTICLE, PAGES, ROOT, SEED, SHARED_SEED,
  launch, openPopup, plain, sendToTab, startServer, tabIdOf, visibility,
} from './harness.mjs';
import { aebCleanTests } from './aeb-clean.mjs';

const args = process.argv.slice(2);
const SHOTS = args.includes('--screenshots');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const shotDir = path.join(ROOT, 'docs/screenshots');

let passed = 0, failed = 0, skipped = 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function assert(cond, msg) { if (!cond) throw new Error(msg); }

const server = await startServer();
const { context, sw, extId, close } = await launch();
const expA = JSON.parse(fs.readFileSync(path.join(PAGES, 'ferry-talks.expected.json'), 'utf8'));

async function test(name, fn) {
  if (only && !name.includes(only)) return;
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n     ')}`);
  }
}
function skip(name, why) {
  skipped++;
  console.log(`skip ${name}: ${why}`);
}

async function openArticle(p, host) {
  const page = await context.newPage();
  await page.goto(server.url(p, host), { waitUntil: 'load' });
  const tabId = await tabIdOf(sw, page);
  return { page, tabId };
}

async function summaryOf(popup) {
  await popup.waitForSelector('[data-testid=summary], [data-testid=not-article], [data-testid=error]', { timeout: 15_000 });
  const err = await popup.$('[data-testid=error]');
  if (err) throw new Error(`popup error: ${await err.textContent()}`);
}

/** Visible texts: every mustKeep visible; every mustRemove hidden (all its copies). */
async function checkCleaned(page, keep, remove) {
  const k = await visibility(page, keep);
  const lost = k.filter((x) => !x.found || !x.visible);
  assert(!lost.length, `article text hidden or missing: ${lost.map((x) => x.text.slice(0, 50)).join(' | ')}`);
  const r = await visibility(page, remove);
  const missing = r.filter((x) => !x.found);
  assert(!missing.length, `test page lacks: ${missing.map((x) => x.text).join(' | ')}`);
  const shown = r.filter((x) => x.visible > 0);
  assert(!shown.length, `still visible: ${shown.map((x) => `${x.text.slice(0, 50)} (${x.visible}/${x.found})`).join(' | ')}`);
}

async function checkRestored(page, remove) {
  const r = await visibility(page, remove);
  const hidden = r.filter((x) => x.visible < x.found);
  assert(!hidden.length, `not restored: ${hidden.map((x) => x.text.slice(0, 50)).join(' | ')}`);
  const marks = await page.evaluate(() => document.querySelectorAll('[data-clearpage-hidden]').length + (document.getElementById('clearpage-live-style') ? 1 : 0));
  assert(marks === 0, `${marks} Clearpage marks left on the page`);
}

async function exportMarkdown(popup) {
  await popup.selectOption('[data-testid=export-format]', 'markdown');
  const [dl] = await Promise.all([popup.waitForEvent('download', { timeout: 10_000 }), popup.click('[data-testid=export-file]')]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

function checkMarkdown(md, keep, remove, title) {
  assert(md.startsWith('---\n'), 'Markdown has no YAML front matter');
  const fm = md.slice(4, md.indexOf('\n---', 4));
  for (const key of ['title:', 'url:', 'site:', 'published:']) assert(fm.includes(key), `front matter lacks ${key}`);
  if (title) assert(plain(fm).includes(plain(title)), 'front matter title differs');
  const body = plain(md);
  const lost = keep.filter((t) => !body.includes(plain(t)));
  assert(!lost.length, `Markdown lacks: ${lost.map((t) => t.slice(0, 50)).join(' | ')}`);
  const bodyOnly = plain(md.slice(md.indexOf('\n---', 4) + 4));
  const left = remove.filter((t) => bodyOnly.includes(plain(t)) && plain(t).length > 3);
  assert(!left.length, `Markdown keeps boilerplate: ${left.join(' | ')}`);
}

async function checkSummary(popup, speaker, parties) {
  const quotes = await popup.$$eval('[data-testid=quote]', (els) => els.map((e) => e.textContent ?? ''));
  assert(quotes.length > 0, 'no key quotes in the popup');
  const speakers = await popup.$$eval('[data-testid=speaker]', (els) => els.map((e) => e.textContent ?? ''));
  assert(speakers.some((s) => s.includes(speaker)), `no quote by ${speaker} (speakers: ${speakers.join(', ') || 'none'})`);
  const names = await popup.$$eval('[data-testid=party]', (els) => els.map((e) => e.textContent ?? ''));
  for (const p of parties) assert(names.some((n) => plain(n).includes(plain(p))), `party ${p} not shown (parties: ${names.join(', ') || 'none'})`);
}

// 1. A page that is not an article: the popup says so, and the page is not changed.
await test('non-article page: message, "Try anyway", page unchanged', async () => {
  const { page, tabId } = await openArticle(NON_ARTICLE, 'localhost');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const popup = await openPopup(context, extId, tabId);
  await summaryOf(popup);
  assert(await popup.$('[data-testid=not-article]'), 'popup does not show the not-an-article message');
  assert(await popup.$('[data-testid=try-anyway]'), 'no "Try anyway" button');
  const after = await page.evaluate(() => document.documentElement.outerHTML);
  assert(before === after, 'the page changed');
  const { state } = await sendToTab(sw, tabId, { type: 'clearpage:status' });
  assert(state.timings.engineLoadMs === null, 'the pipeline (engine.js) was injected into a non-article page');
  assert(!state.detection.isArticle, 'detected as an article');
  await popup.close();
  await page.close();
});

// 2. The seed-like article: summary, Clean, Restore, Export.
const A = await openArticle(ARTICLE_A);
const removeA = [...expA.mustRemove];
await test('article: popup summary with title, site, date, reading time', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  const title = await popup.textContent('[data-testid=title]');
  assert(plain(title ?? '') === plain(expA.title), `title: ${title}`);
  assert((await popup.textContent('[data-testid=site]'))?.includes('Northgate Courier'), 'site name');
  assert(await popup.$('[data-testid=date]'), 'date');
  assert(/\d+ min read/.test((await popup.textContent('[data-testid=reading-time]')) ?? ''), 'reading time');
  const removed = await popup.textContent('[data-testid=removed-summary]');
  assert(/\d+ blocks?/.test(removed ?? ''), `removed summary: ${removed}`);
  if (SHOTS) await popup.screenshot({ path: path.join(shotDir, 'popup.png') });
  await popup.close();
});
await test('article: key quotes with the speaker, parties grouped', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  await checkSummary(popup, expA.speaker, expA.parties);
  await popup.close();
});
await test('article: Clean hides both donation boxes, counter, comment notice; paragraphs stay', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  await popup.click('[data-testid=clean]');
  await popup.waitForSelector('[data-testid=restore]', { timeout: 10_000 });
  await checkCleaned(A.page, expA.mustKeep, removeA);
  for (const sel of expA.hiddenSelectors) {
    const vis = await A.page.$$eval(sel, (els) => els.map((e) => e.checkVisibility()));
    assert(vis.length && vis.every((v) => !v), `${sel} still visible`);
  }
  // The removed list shows each block with its reason, restorable.
  await popup.click('[data-testid=removed-summary]');
  const items = await popup.$$('[data-testid=removed-item]');
  assert(items.length >= 4, `only ${items.length} removed blocks listed`);
  if (SHOTS) await A.page.screenshot({ path: path.join(shotDir, 'cleaned-page.png'), fullPage: true });
  await popup.close();
});
await test('article: restoring one block, then Restore brings everything back', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  await popup.click('[data-testid=removed-summary]');
  const fp = await popup.$eval('[data-testid=removed-item] button', (b) => b.closest('li')?.getAttribute('data-fingerprint'));
  await popup.click('[data-testid=removed-item] button');
  await sleep(200);
  const still = await A.page.$$eval(`[data-clearpage-hidden="${fp}"]`, (els) => els.length);
  assert(still === 0, 'single block not restored');
  await popup.click('[data-testid=restore]');
  await popup.waitForSelector('[data-testid=clean]', { timeout: 10_000 });
  await checkRestored(A.page, removeA);
  await popup.close();
});
await test('article: Export gives Markdown with every paragraph and no boilerplate', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  const { name, text } = await exportMarkdown(popup);
  assert(name.endsWith('.md'), `file name ${name}`);
  checkMarkdown(text, expA.mustKeep, removeA, expA.title);
  await popup.close();
});
await test('article: reader view shows the sanitised article with the summary', async () => {
  const reader = await context.newPage();
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.goto(`chrome-extension://${extId}/reader.html?tabId=${A.tabId}`);
  await reader.waitForSelector('[data-testid=reader-article] p', { timeout: 15_000 });
  const text = plain(await reader.textContent('[data-testid=reader-article]') ?? '');
  const lost = expA.mustKeep.filter((t) => !text.includes(plain(t)));
  assert(!lost.length, `reader view lacks: ${lost.map((t) => t.slice(0, 40)).join(' | ')}`);
  assert(!text.includes(plain('If there was ever a time to stand with local journalism')), 'reader view shows the appeal');
  if (SHOTS) await reader.screenshot({ path: path.join(shotDir, 'reader-view.png') });
  await reader.close();
});

// 3. Auto-clean on a second article of the same site; site memory removes the appeal that occurs once there.
await test('auto-clean: second article of the site cleaned on load, site memory removes a once-only appeal', async () => {
  const popup = await openPopup(context, extId, A.tabId);
  await summaryOf(popup);
  const box = await popup.$('[data-testid=auto-clean]');
  assert(box && !(await box.isChecked()), 'auto-clean toggle missing or already on');
  await box.check();
  await sleep(300);
  await popup.close();
  const mem = await sw.evaluate(async () => (await chrome.storage.local.get('siteMemory')).siteMemory);
  assert(mem?.sites?.['127.0.0.1'], 'site memory learnt nothing from the first article');
  assert(!JSON.stringify(mem).includes('Northgate'), 'site memory stores page text');
  const page = await context.newPage();
  await page.goto(server.url(ARTICLE_B), { waitUntil: 'load' });
  await page.waitForSelector('[data-clearpage-hidden]', { state: 'attached', timeout: 10_000 });
  const note = 'Northgate Courier members get the morning harbour briefing before the first ferry leaves, and the crossword on Saturdays.';
  const keep = [
    'NORTHGATE – Ferry services to the outer islands were cut to four crossings a day on Friday',
    'The island clinic said patients with appointments on the mainland',
    'Tomas Brenner, a spokesman for the port authority',
  ];
  await checkCleaned(page, keep, [note, 'Comments are closed.', '42']);
  const reason = await page.evaluate((t) => {
    const el = Array.from(document.querySelectorAll('[data-clearpage-hidden]')).find((e) => (e.textContent ?? '').includes(t.slice(0, 40)));
    return el?.getAttribute('data-clearpage-reason') ?? null;
  }, note);
  assert(reason === 'site-memory', `the once-only appeal was hidden with reason ${reason}, not site-memory`);
  await page.close();
});

await test('options: lists auto-clean sites and site memory, clears the memory', async () => {
  const opt = await context.newPage();
  await opt.goto(`chrome-extension://${extId}/options.html`);
  await opt.waitForSelector('[data-testid=auto-sites]');
  assert((await opt.textContent('[data-testid=auto-sites]'))?.includes('127.0.0.1'), 'auto-clean site not listed');
  assert((await opt.textContent('[data-testid=memory-sites]'))?.includes('127.0.0.1'), 'site memory not listed');
  await opt.click('[data-testid=clear-memory]');
  await sleep(200);
  const mem = await sw.evaluate(async () => (await chrome.storage.local.get('siteMemory')).siteMemory);
  assert(mem && Object.keys(mem.sites).length === 0, 'site memory not cleared');
  await opt.close();
});

// 4. A hostile article runs nothing in the reader view.
await test('hostile article: reader view runs no script, loads no frame or tracker', async () => {
  const { page, tabId } = await openArticle(HOSTILE, 'localhost');
  await sleep(500);
  server.beacons.length = 0; // what the page itself fired on its own origin
  const reader = await context.newPage();
  const dialogs = [];
  reader.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await reader.goto(`chrome-extension://${extId}/reader.html?tabId=${tabId}`);
  await reader.waitForSelector('[data-testid=reader-article] p', { timeout: 15_000 });
  const link = await reader.$('[data-testid=reader-article] a');
  if (link) await link.click({ modifiers: [] }).catch(() => undefined);
  await sleep(1500);
  const dom = await reader.evaluate(() => {
    const root = document.querySelector('[data-testid=reader-article]');
    const els = Array.from(root?.querySelectorAll('*') ?? []);
    return {
      scripts: root?.querySelectorAll('script, iframe, object, embed, form, svg, frame').length ?? -1,
      handlers: els.filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
      jsLinks: els.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? '') || /^\s*javascript:/i.test(e.getAttribute('src') ?? '')).length,
      flag: (window).__clearpageHostile ?? null,
      text: root?.textContent ?? '',
    };
  });
  assert(dom.text.includes('harbour wall'), 'reader view shows no article');
  assert(dom.scripts === 0, `${dom.scripts} script/frame/object/form elements in the reader view`);
  assert(dom.handlers === 0, `${dom.handlers} elements with event handler attributes`);
  assert(dom.jsLinks === 0, `${dom.jsLinks} javascript: links`);
  assert(dom.flag === null, 'the inline script ran in the reader view');
  assert(!dialogs.length, `dialogs opened: ${dialogs.join(', ')}`);
  assert(server.beacons.length === 0, `requests fired from the reader view: ${server.beacons.map((b) => b.query).join(', ')}`);
  for (const p of context.pages()) if (p !== page && p.url().startsWith('https://example.org')) await p.close();
  await reader.close();
  await page.close();
});

// 5. The project's seed page, when ../shared is there.
if (!fs.existsSync(path.join(SHARED_SEED, 'istanbul-talks.html'))) {
  skip('seed page (istanbul-talks)', `${SHARED_SEED} not found`);
} else {
  const exp = JSON.parse(fs.readFileSync(path.join(SHARED_SEED, 'istanbul-talks.expected.json'), 'utf8'));
  const S = await openArticle(SEED, 'localhost');
  const speaker = 'Zabihullah Mujahid';
  const parties = (exp.parties ?? []).filter((p) => p.central).map((p) => p.name).slice(0, 3);
  await test('seed: popup shows key quotes by Zabihullah Mujahid and the parties', async () => {
    const popup = await openPopup(context, extId, S.tabId);
    await summaryOf(popup);
    await checkSummary(popup, speaker, parties);
    await popup.close();
  });
  await test('seed: Clean hides donation boxes, comment notice and counter; Restore; Export', async () => {
    const popup = await openPopup(context, extId, S.tabId);
    await summaryOf(popup);
    await popup.click('[data-testid=clean]');
    await popup.waitForSelector('[data-testid=restore]', { timeout: 10_000 });
    for (const sel of ['.donate-box', '.donate-widget', '.post-views', '.no-comments']) {
      const vis = await S.page.$$eval(sel, (els) => els.map((e) => e.checkVisibility()));
      assert(vis.length && vis.every((v) => !v), `${sel} still visible`);
    }
    const k = await visibility(S.page, exp.mustKeep);
    const lost = k.filter((x) => !x.visible);
    assert(!lost.length, `hidden article text: ${lost.map((x) => x.text.slice(0, 40)).join(' | ')}`);
    await popup.click('[data-testid=restore]');
    await popup.waitForSelector('[data-testid=clean]', { timeout: 10_000 });
    await checkRestored(S.page, ['Comments are closed.']);
    const { text } = await exportMarkdown(popup);
    checkMarkdown(text, exp.mustKeep, exp.mustRemove ?? [], exp.title);
    await popup.close();
  });
}

// 6. Clean on real pages (AEB dev, when ../shared is there).
await aebCleanTests({ context, sw, test, skip, assert });

await close();
await server.close();
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
