// Dev harness for the analysis stage, independent of the CLI: bundles lib/analysis/index.ts with esbuild and scores it
// on ../shared with the same matching rules as the official scorers (eval/fixtures.mjs, eval/polnear.mjs).
// Usage: node scripts/analysis-dev.mjs [seed|quotes|polnear|all] [--verbose] [--file PATH]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articles, goldQuotes, isQuoteGold, locate, overlaps, speakerOK } from './speakers/polnear.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'));
if (!fs.existsSync(shared)) { console.log(`no shared data at ${shared}: skipped`); process.exit(0); }
const out = path.join(fs.mkdtempSync('/tmp/cp-an-'), 'an.mjs');
execFileSync(path.join(root, 'node_modules', '.bin', 'esbuild'), [path.join(root, 'lib/analysis/index.ts'), '--bundle', '--format=esm', '--platform=neutral', `--outfile=${out}`, '--log-level=warning']);
const { analyzeArticle } = await import(pathToFileURL(out).href);

const argv = process.argv.slice(2);
const what = argv.find((a) => !a.startsWith('--')) ?? 'all';
const verbose = argv.includes('--verbose');
const fileArg = argv.includes('--file') ? argv[argv.indexOf('--file') + 1] : null;

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const fold = (s) => norm(s).replace(/[“”„«»"]/g, '"').replace(/[‘’]/g, "'").toLowerCase();
const unq = (s) => fold(s).replace(/^["'\s»«]+|["'\s,.;:»«]+$/g, '');
const names = (p) => [p.name, ...(p.aliases || [])].filter(Boolean).map(fold);

// A .txt fixture: first line the headline, then the body.
function bodyOf(txt) {
  const lines = txt.split('\n');
  return { title: lines[0], text: lines.slice(1).join('\n').replace(/^\s+/, '') };
}

function scoreFixture(name, rec, e, tally, bad) {
  const count = (k, ok) => { tally[k] ??= [0, 0]; tally[k][1]++; if (ok) tally[k][0]++; return ok; };
  const qs = rec.quotes || [];
  if (e.quotes) {
    for (const g of e.quotes) {
      const hit = qs.find((q) => unq(q.text).includes(unq(g.text)) || (unq(q.text).length > 8 && unq(g.text).includes(unq(q.text))));
      if (!count('quote found', !!hit)) { bad.push(`quote missed: ${g.text.slice(0, 50)}`); continue; }
      if (g.speaker !== undefined && !count('speaker', g.speaker === null ? !hit.speaker : !!hit.speaker && fold(hit.speaker) === fold(g.speaker))) bad.push(`speaker ${hit.speaker} [${hit.speakerMention}] for "${g.text.slice(0, 40)}" (want ${g.speaker})`);
      if (g.key === true && !count('key quote', !!hit.key)) bad.push(`not key: ${g.text.slice(0, 50)}`);
    }
    const notKey = [...(e.notKeyQuotes || []), ...(e.notQuotes || [])];
    for (const n of notKey) if (!count('not key', !qs.some((q) => q.key && unq(q.text) === unq(n)))) bad.push(`marked key: ${n}`);
    const gold = e.quotes.map((g) => unq(g.text)).concat(notKey.map(unq));
    for (const q of qs) if (!count('quote precision', gold.some((g) => g.includes(unq(q.text)) || unq(q.text).includes(g)))) bad.push(`extra quote: ${q.text.slice(0, 50)}`);
  }
  if (e.parties) {
    const ps = rec.parties || [];
    for (const g of e.parties.filter((p) => p.central !== false)) {
      const want = [g.name, ...(g.aliases || []), ...(g.aliasesAnyOf || [])].map(fold);
      const hit = ps.find((p) => names(p).includes(fold(g.name))) || ps.find((p) => names(p).some((n) => want.includes(n)));
      if (!count('party', !!hit)) { bad.push(`party missed: ${g.name}`); continue; }
      if (!count('party name', fold(hit.name) === fold(g.name) || names(hit).includes(fold(g.name)))) bad.push(`party ${g.name} named ${hit.name}`);
      if (!count('party type', String(hit.type).toLowerCase() === g.type)) bad.push(`party ${g.name} typed ${hit.type}`);
      const al = g.aliasesAnyOf || [];
      if (al.length && !count('alias', al.some((a) => names(hit).includes(fold(a))))) bad.push(`party ${g.name} lacks aliases ${al.join('/')}`);
      const roles = g.roleAnyOf || [];
      if (roles.length && !count('role', roles.some((r) => (hit.roles || []).map(fold).includes(fold(r))))) bad.push(`party ${g.name} lacks role ${roles.join('/')} (has ${hit.roles})`);
    }
    for (const n of e.notParties || []) if (!count('not party', !ps.some((p) => fold(p.name) === fold(n)))) bad.push(`not a party: ${n}`);
  }
}

function fixtures(dir) {
  const tally = {};
  let pass = 0, n = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.expected.json')) continue;
    const slug = f.slice(0, -'.expected.json'.length);
    const e = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    let input;
    if (e.mustKeep) input = { text: e.mustKeep.join('\n\n'), title: e.title, lang: e.lang };
    else { const b = bodyOf(fs.readFileSync(path.join(dir, slug + '.txt'), 'utf8')); input = { ...b, lang: e.lang }; }
    const rec = analyzeArticle(input);
    const bad = [];
    scoreFixture(slug, rec, e, tally, bad);
    n++;
    if (bad.length) console.log(`${slug}: ${bad.join('; ')}`); else pass++;
    if (verbose) {
      for (const q of rec.quotes) console.log(`   Q[${q.kind}${q.key ? ',key' : ''}] ${q.speaker} <${q.speakerMention}> :: ${q.text.slice(0, 70)}`);
      for (const p of rec.parties) console.log(`   P ${p.name} (${p.type}) aliases=${p.aliases.join('|')} roles=${p.roles.join('|')} m=${p.mentions} s=${p.salience} desc=${p.description}`);
    }
  }
  console.log(`checks: ${Object.entries(tally).map(([k, [a, b]]) => `${k} ${a}/${b} (${(a / b).toFixed(2)})`).join(', ')}`);
  console.log(`${path.basename(dir)}: ${pass}/${n} fixtures pass whole`);
}

function polnear() {
  const arts = articles(path.join(shared, 'corpus', 'polnear-dev')).map((x) => ({ ...x, art: x.id }));
  let nPred = 0, located = 0, predWithSpk = 0, predSpkOK = 0, goldQ = 0, goldQsrc = 0, goldRecalled = 0, e2e = 0;
  let ms = 0;
  for (const a of arts) {
    if (fileArg && !a.art.includes(fileArg)) continue;
    const text = fs.readFileSync(a.txt, 'utf8');
    const attrs = goldQuotes(text, a.ann);
    const b = bodyOf(text);
    const t0 = performance.now();
    const rec = analyzeArticle({ text: b.text, title: b.title, lang: 'en' });
    ms += performance.now() - t0;
    const preds = rec.quotes.map((q) => ({ ...q, span: locate(text, q.text) }));
    const spkOK = (p, g) => speakerOK(p.speaker, p.speakerMention, g);
    for (const p of preds) {
      nPred++; if (p.span) located++;
      if (!p.speaker && !p.speakerMention) continue;
      predWithSpk++;
      const ok = p.span && attrs.some((g) => g.content.some((s) => overlaps(p.span, s)) && spkOK(p, g));
      if (ok) predSpkOK++;
      else if (verbose) {
        const g = p.span && attrs.find((g) => g.content.some((s) => overlaps(p.span, s)));
        console.log(`FP [${a.art.slice(0, 25)}] ${p.speaker} <${p.speakerMention}> gold=${g ? g.stext || '(none)' : '(no attr)'} :: ${p.text.slice(0, 80)}`);
      }
    }
    for (const g of attrs.filter(isQuoteGold)) {
      goldQ++;
      const ps = preds.filter((p) => p.span && g.content.some((s) => overlaps(p.span, s)));
      if (ps.length) goldRecalled++;
      if (g.source) {
        goldQsrc++;
        if (ps.some((p) => spkOK(p, g))) e2e++;
        else if (verbose) console.log(`FN [${a.art.slice(0, 25)}] gold=${g.stext} got=${ps.map((p) => `${p.speaker}<${p.speakerMention}>`).join(',') || '(no quote)'} :: ${g.ctext.slice(0, 100).replace(/\n/g, ' ')}${argv.includes('--ctx') ? `\n     CTX: ${text.slice(Math.max(0, Math.min(g.content[0][0], g.source?.[0]?.[0] ?? 1e9) - 80), Math.max(g.content[g.content.length - 1][1], g.source?.[0]?.[1] ?? 0) + 60).replace(/\n/g, '⏎')}` : ''}`);
      }
    }
  }
  const P = predWithSpk ? predSpkOK / predWithSpk : 0, R = goldQsrc ? e2e / goldQsrc : 0, F = P + R ? 2 * P * R / (P + R) : 0;
  console.log(`polnear: quotes ${nPred} (located ${located}); gold direct ${goldQ}, recalled ${goldRecalled}; with speaker ${predWithSpk}, right ${predSpkOK}; gold with source ${goldQsrc}, right ${e2e}`);
  console.log(`polnear P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${F.toFixed(3)}  (${(ms / arts.length).toFixed(2)} ms/article)`);
}

if (what === 'seed' || what === 'all') fixtures(path.join(shared, 'fixtures', 'seed'));
if (what === 'quotes' || what === 'all') fixtures(path.join(shared, 'fixtures', 'quotes'));
if (what === 'polnear' || what === 'all') polnear();
