// The block classifier on pages it did not learn from: leave each language out, and each publisher out (ten folds
// grouped by publisher: no publisher is in both halves), then clean each held-out page with the model that never
// saw its language (or publisher) and score the article text against the ground truth, beside Readability alone
// and beside the model trained on everything (in-sample). Prints F1 (4-gram shingles, as fundus.mjs) and
// ground-truth paragraphs lost, per source and per language.
// Usage: node eval/blocks-heldout.mjs [--scheme language|publisher|all] [--folds 10]
import fs from 'node:fs';
import * as D from '../scripts/blocks/dataset.mjs';
import { train, DEFAULTS } from '../scripts/blocks/logreg.mjs';

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const scheme = opt('--scheme', 'all');
const folds = Number(opt('--folds', '10'));
if (!fs.existsSync(D.shared)) { console.log(`skipped: no ${D.shared}`); process.exit(0); }

const lib = await D.loadLib();
const ds = D.dataset(lib);

const cleanWith = (p, model) => (p.x ? lib.cleanArticle(D.bodyOf(p.x), D.cleanOptions(lib, p.x, { model })).text : '');

function prf(truth, pred) {
  const A = D.shingles(D.toks(truth)), B = D.shingles(D.toks(pred));
  let tp = 0, fp = 0, fn = 0;
  for (const [s, c] of B) { const t = A.get(s) || 0; tp += Math.min(t, c); fp += Math.max(0, c - t); }
  for (const [s, c] of A) fn += Math.max(0, c - (B.get(s) || 0));
  return { p: tp + fp ? tp / (tp + fp) : null, r: tp + fn ? tp / (tp + fn) : null };
}
const lost = (p, text) => { const S = D.shingles(D.toks(text)); return p.paragraphs.filter((x) => D.toks(x).length >= 5 && D.shareIn(D.toks(x), S) < 0.8).length; };
const mean = (xs) => { const v = xs.filter((x) => x !== null); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0; };
function summary(rows) {
  const P = mean(rows.map((r) => r.p)), R = mean(rows.map((r) => r.r));
  return { f1: P + R ? (2 * P * R) / (P + R) : 0, lost: rows.reduce((n, r) => n + r.lost, 0), n: rows.length };
}

/** Train on `trainPages`, clean `testPages`; returns one row per test page (ours and Readability alone). */
function run(trainPages, testPages) {
  const model = lib.modelOf(train(trainPages.flatMap(D.weighted), lib.FEATURE_BITS, DEFAULTS));
  return testPages.filter((p) => p.truth).map((p) => {
    const ours = cleanWith(p, model), base = p.x?.alone ?? '';
    return { p, ours: { ...prf(p.truth, ours), lost: lost(p, ours) }, base: { ...prf(p.truth, base), lost: lost(p, base) } };
  });
}

function report(name, rows) {
  const line = (label, rs) => {
    const o = summary(rs.map((r) => r.ours)), b = summary(rs.map((r) => r.base));
    console.log(`  ${label.padEnd(16)} ${String(o.n).padStart(4)} pages  F1 ${o.f1.toFixed(3)} (Readability alone ${b.f1.toFixed(3)})  lost ${o.lost} (Readability alone ${b.lost})`);
  };
  console.log(`${name}:`);
  for (const src of ['fundus', 'aeb']) line(src, rows.filter((r) => r.p.source === src));
  for (const L of ['de', 'en', 'es', 'fr', 'ja']) line(`fundus ${L}`, rows.filter((r) => r.p.source === 'fundus' && r.p.lang === L));
}

const langOf = (p) => p.lang ?? 'en';
if (scheme === 'all' || scheme === 'insample') report('in-sample (trained on every page)', run(ds, ds));
if (scheme === 'all' || scheme === 'language') {
  const rows = [];
  for (const L of [...new Set(ds.map(langOf))]) rows.push(...run(ds.filter((p) => langOf(p) !== L), ds.filter((p) => langOf(p) === L)));
  report('leave-one-language-out', rows);
}
if (scheme === 'all' || scheme === 'publisher') {
  const pubs = [...new Set(ds.map((p) => p.publisher))].sort();
  const foldOf = new Map(pubs.map((x, i) => [x, i % folds]));
  const rows = [];
  for (let f = 0; f < folds; f++) rows.push(...run(ds.filter((p) => foldOf.get(p.publisher) !== f), ds.filter((p) => foldOf.get(p.publisher) === f)));
  report(`leave-publishers-out (${folds} folds grouped by publisher)`, rows);
}
