// Speaker error dump (issue 7): runs the built CLI (`clearpage analyze --jsonl`, as the scorers do; run
// `npm run build:cli` first) over PolNeAR or a fixture folder and prints each wrong or missing speaker with the
// sentence and the paragraph before, for sorting into classes by cause. Also prints the scorer's figure.
// Usage: node scripts/speakers/errors.mjs polnear [--data DIR] | fixtures DIR   [--save FILE] [--load FILE]
//   --save keeps the CLI's output, --load reads it back (to re-dump without re-running the CLI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { articles, goldQuotes, isQuoteGold, locate, overlaps, speakerOK } from './polnear.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const argv = process.argv.slice(2), opt = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
const what = argv[0];
const oneLine = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

function runCli(files) {
  const load = opt('--load', null);
  if (load) return new Map(fs.readFileSync(load, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); return [path.resolve(root, r.file), r]; }));
  const out = new Map(), lines = [];
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync(path.join(root, 'bin', 'clearpage.mjs'), ['analyze', '--jsonl', ...files.slice(i, i + 200)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    for (const l of r.stdout.split('\n')) {
      if (!l.trim()) continue;
      const rec = JSON.parse(l);
      out.set(path.resolve(root, rec.file), rec);
      lines.push(JSON.stringify({ file: rec.file, quotes: rec.quotes, parties: (rec.parties || []).map((p) => ({ name: p.name, type: p.type })), article: rec.article ? { text: rec.article.text, lang: rec.article.lang, title: rec.article.title } : undefined }));
    }
  }
  const save = opt('--save', null);
  if (save) fs.writeFileSync(save, lines.join('\n') + '\n');
  return out;
}

/** The sentence around [s, e] of text and the paragraph before it. */
function context(text, s, e) {
  const pStart = text.lastIndexOf('\n', s - 1) + 1, pEnd = text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e);
  const prevEnd = Math.max(0, pStart - 1), prevStart = text.lastIndexOf('\n', Math.max(0, prevEnd - 2)) + 1;
  return { para: oneLine(text.slice(pStart, pEnd)).slice(0, 400), prev: oneLine(text.slice(prevStart, prevEnd)).slice(-250) };
}

function polnear() {
  const arts = articles(path.resolve(opt('--data', path.join(root, '..', 'shared', 'corpus', 'polnear-train'))));
  const recs = runCli(arts.map((a) => a.txt));
  let pred = 0, predOK = 0, gold = 0, goldOK = 0;
  for (const a of arts) {
    const text = fs.readFileSync(a.txt, 'utf8'), golds = goldQuotes(text, a.ann);
    const preds = (recs.get(a.txt)?.quotes || []).map((q) => ({ ...q, span: locate(text, q.text) }));
    for (const p of preds) {
      if (!p.speaker && !p.speakerMention) continue;
      pred++;
      const over = p.span ? golds.filter((g) => g.content.some((s) => overlaps(p.span, s))) : [];
      if (over.some((g) => speakerOK(p.speaker, p.speakerMention, g))) { predOK++; continue; }
      const g = over.find((x) => x.source);
      if (g) continue; // counted below as a wrong speaker of a gold quotation
      const c = p.span ? context(text, ...p.span) : { para: oneLine(p.text), prev: '' };
      console.log(`FP-NOGOLD\t${a.id}\tgot=${p.speaker} <${p.speakerMention}>\t${over.length ? 'gold has no source' : 'no gold attribution'}\t${c.para}\tPREV: ${c.prev}`);
    }
    for (const g of golds.filter(isQuoteGold)) {
      if (!g.source) continue;
      gold++;
      const ps = preds.filter((p) => p.span && g.content.some((s) => overlaps(p.span, s)));
      if (ps.some((p) => speakerOK(p.speaker, p.speakerMention, g))) { goldOK++; continue; }
      const kind = !ps.length ? 'NOQUOTE' : ps.some((p) => p.speaker || p.speakerMention) ? 'WRONG' : 'NONE';
      const c = context(text, g.content[0][0], g.content[g.content.length - 1][1]);
      const where = g.source[0][0] < g.content[0][0] ? 'before' : 'after';
      const paras = text.slice(Math.min(g.source[0][0], g.content[0][0]), Math.max(g.source[0][0], g.content[0][0])).split('\n').length - 1;
      console.log(`${kind}\t${a.id}\tgold=${oneLine(g.stext)}\tgot=${ps.map((p) => `${p.speaker} <${p.speakerMention}>`).join(' | ')}\t${c.para}\tPREV: ${c.prev}\tQ: ${oneLine(g.ctext).slice(0, 120)}\tSRC: ${where} ${paras}`);
    }
  }
  const P = predOK / pred, R = goldOK / gold;
  console.log(`# polnear P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)} (${predOK}/${pred}, ${goldOK}/${gold})`);
}

function fixtures(dir) {
  const fold = (s) => oneLine(s).replace(/[“”„«»"]/g, '"').replace(/[‘’]/g, "'").toLowerCase();
  const unq = (s) => fold(s).replace(/^["'\s»«]+|["'\s,.;:»«]+$/g, '');
  const slugs = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -14)).sort();
  const file = (s) => ['.html', '.txt'].map((x) => path.join(dir, s + x)).find((p) => fs.existsSync(p));
  const recs = runCli(slugs.map(file));
  let n = 0, ok = 0;
  for (const s of slugs) {
    const e = JSON.parse(fs.readFileSync(path.join(dir, s + '.expected.json'), 'utf8')), rec = recs.get(file(s));
    const text = rec?.article?.text ?? '';
    for (const g of e.quotes || []) {
      const hit = (rec?.quotes || []).find((q) => unq(q.text).includes(unq(g.text)) || (unq(q.text).length > 8 && unq(g.text).includes(unq(q.text))));
      if (!hit || g.speaker === undefined) continue;
      n++;
      if (g.speaker === null ? !hit.speaker : !!hit.speaker && fold(hit.speaker) === fold(g.speaker)) { ok++; continue; }
      const at = text.indexOf(hit.text.slice(0, 30));
      const c = at >= 0 ? context(text, at, at + hit.text.length) : { para: oneLine(hit.text), prev: '' };
      console.log(`${hit.speaker ? 'WRONG' : 'NONE'}\t${s}\tgold=${g.speaker} (${g.kind})\tgot=${hit.speaker} <${hit.speakerMention}>\t${c.para}\tPREV: ${c.prev}\tQ: ${oneLine(g.text).slice(0, 80)}\tHIT: ${oneLine(hit.text).slice(0, 80)}`);
    }
  }
  console.log(`# speaker ${ok}/${n} (${(ok / n).toFixed(2)})`);
}

if (what === 'polnear') polnear();
else if (what === 'fixtures') fixtures(path.resolve(argv[1]));
else console.log('usage: node scripts/speakers/errors.mjs polnear [--data DIR] | fixtures DIR  [--save FILE] [--load FILE]');
