// Trains the speaker ranker (npm run train:speakers): runs every PolNeAR training article through the CLI's own
// path with the rule cascade alone, takes each quotation's candidates and features (lib/analysis/attribution/
// candidates.ts), labels them with the gold sources by the scorer's matching rules, fits a conditional logit
// (scripts/speakers/rank.mjs) and writes lib/analysis/attribution/ranker-weights.json. Deterministic.
// Held-out figure: fits on 5 of every 6 articles and reports the 6th (about 140) against the cascade, then fits
// on all 840 for the file. polnear-dev is never read here.
// Usage: node scripts/train-speakers.mjs [--data DIR] [--dry] [--cv] (--dry: figures only, no file written; --cv: also
// six-fold held-out figures, each sixth scored by weights fitted on the other five)
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { articles, goldQuotes, isQuoteGold, locate, overlaps, speakerOK } from './speakers/polnear.mjs';
import { DEFAULTS, choose, figures, fit } from './speakers/rank.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2), opt = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
const data = path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'polnear-train')));
if (!fs.existsSync(path.join(data, 'attributions'))) { console.log(`no PolNeAR training split at ${data}: nothing to train on`); process.exit(1); }
const HOLD = 6;

const outfile = path.join(root, 'node_modules', '.cache', 'clearpage-speakers', 'trace.mjs');
await build({ entryPoints: [path.join(root, 'scripts/speakers/trace.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
const { traceFile, FEATURES } = await import(pathToFileURL(outfile).href);

/** One article's quotations: their candidates labelled by the gold sources. */
function labelled(art) {
  const raw = fs.readFileSync(art.txt, 'utf8');
  const golds = goldQuotes(raw, art.ann).filter(isQuoteGold);
  const t = traceFile(art.txt, path.join(root, 'lib/analysis/ner/models'), null);
  const samples = t.traces.map((tr) => {
    const span = locate(raw, t.text.slice(tr.cascade.q.start, tr.cascade.q.end));
    const over = span ? golds.map((g, k) => [g, k]).filter(([g]) => g.content.some((s) => overlaps(span, s))) : [];
    const cands = tr.cands.map((c) => ({
      x: Array.from(c.x), nobody: c.nobody, cascade: c.cascade, name: c.name, mention: c.mention,
      rightFor: c.nobody ? [] : over.filter(([g]) => speakerOK(c.name, c.mention, g)).map(([, k]) => k),
    }));
    // labels: the scorer's matches, less those where a gold source of one or two letters ("I") is found inside
    // any longer name ("America"), which would teach nothing but noise
    const clean = (c) => c.rightFor.some((k) => golds[k].stext.trim().length > 2 || (c.mention ?? '').trim().toLowerCase() === golds[k].stext.trim().toLowerCase());
    const anyRight = cands.some((c) => !c.nobody && clean(c));
    for (const c of cands) c.pos = c.nobody ? !anyRight : clean(c);
    return { cands, quote: t.text.slice(tr.cascade.q.start, tr.cascade.q.end).slice(0, 80), how: tr.cascade.how, gold: over.map(([g]) => g.stext) };
  });
  return { id: art.id, samples, goldWithSource: golds.filter((g) => g.source).length, dim: t.traces[0]?.cands[0]?.x.length ?? 0 };
}

// --cache FILE: keep the labelled candidates between runs while the training itself is changed (not the features)
const cache = opt('--cache', null);
const arts = cache && fs.existsSync(cache) ? JSON.parse(fs.readFileSync(cache, 'utf8'))
  : articles(data).map((a, i) => { if (i % 100 === 0) process.stderr.write(`${i} articles\n`); return labelled(a); });
if (cache && !fs.existsSync(cache)) fs.writeFileSync(cache, JSON.stringify(arts));
const dim = Math.max(...arts.map((a) => a.dim));
const show = (f) => `P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F.toFixed(3)} (${f.ok}/${f.pred}, ${f.hit}/${f.gold})`;
const cascade = (s) => Math.max(0, s.cands.findIndex((c) => c.cascade));
const train = arts.filter((_, i) => i % HOLD !== HOLD - 1), held = arts.filter((_, i) => i % HOLD === HOLD - 1);
const wHeld = fit(train.flatMap((a) => a.samples), dim, DEFAULTS);
console.log(`held-out ${held.length} articles: cascade ${show(figures(held, cascade))}; ranker ${show(figures(held, (s) => choose(wHeld, s.cands)))}`);
console.log(`fitted-on ${train.length} articles: cascade ${show(figures(train, cascade))}; ranker ${show(figures(train, (s) => choose(wHeld, s.cands)))}`);
if (argv.includes('--cv')) {
  // every sixth held out in turn: the six held-out parts together cover the 840 articles once
  const sum = { c: [], r: [] };
  for (let f = 0; f < HOLD; f++) {
    const tr = arts.filter((_, i) => i % HOLD !== f), ho = arts.filter((_, i) => i % HOLD === f);
    const wf = fit(tr.flatMap((a) => a.samples), dim, DEFAULTS);
    sum.c.push(figures(ho, cascade)); sum.r.push(figures(ho, (s) => choose(wf, s.cands)));
  }
  const add = (l) => { const t = l.reduce((a, x) => ({ ok: a.ok + x.ok, pred: a.pred + x.pred, hit: a.hit + x.hit, gold: a.gold + x.gold }), { ok: 0, pred: 0, hit: 0, gold: 0 }); const P = t.ok / t.pred, R = t.hit / t.gold; return { ...t, P, R, F: 2 * P * R / (P + R) }; };
  console.log(`${HOLD}-fold held-out (all ${arts.length} articles, each scored by weights fitted without it): cascade ${show(add(sum.c))}; ranker ${show(add(sum.r))}`);
}
const w = fit(arts.flatMap((a) => a.samples), dim, DEFAULTS);
console.log(`all ${arts.length} articles (in-sample): cascade ${show(figures(arts, cascade))}; ranker ${show(figures(arts, (s) => choose(w, s.cands)))}`);
const weights = Object.fromEntries(FEATURES.map((n, i) => [n, Math.round(w[i] * 1000) / 1000]));
console.log(weights);
if (!argv.includes('--dry')) {
  const file = { about: `Speaker ranker weights: a conditional logit over each quotation's candidates, fitted by scripts/train-speakers.mjs on the gold sources of PolNeAR's training split (${arts.length} articles; never its dev split). Derived statistics only: no text, word or name.`, weights };
  fs.writeFileSync(path.join(root, 'lib/analysis/attribution/ranker-weights.json'), JSON.stringify(file, null, 2) + '\n');
  console.log('wrote lib/analysis/attribution/ranker-weights.json');
}
