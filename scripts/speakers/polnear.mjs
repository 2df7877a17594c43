// PolNeAR gold attributions and the matching rules of its scorer (../shared/eval/polnear.mjs), for the speaker
// ranker's training labels and its held-out figures: a quotation is located in the article's text, and a speaker is
// right when its words overlap the gold source or its name shares a capitalised word with it. Shared by the ranker's
// training script and the analysis dev harness (scripts/analysis-dev.mjs).
import fs from 'node:fs';
import path from 'node:path';

const QCH = /[“”"«»„]/;
export const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const caps = (s) => new Set((s || '').split(/[\s’'.,]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 2));

/** The articles of a split: their text file and their (first) annotation file, sorted. */
export function articles(base) {
  const A = path.join(base, 'attributions'), T = path.join(base, 'text'), seen = new Set(), out = [];
  for (const fn of fs.readdirSync(A).sort()) {
    const art = fn.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!seen.has(art)) { seen.add(art); out.push({ id: art, ann: path.join(A, fn), txt: path.join(T, art + '.txt') }); }
  }
  return out;
}

/** Gold attributions (content spans, source spans, their texts); `isQuoteGold` keeps the direct quotations. */
export function goldQuotes(text, annFile) {
  const tb = {}, E = [];
  for (const line of fs.readFileSync(annFile, 'utf8').split('\n')) {
    let m;
    if ((m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line))) tb[m[1]] = m[3].split(';').map((x) => x.trim().split(' ').map(Number));
    else if (/^E\d+\t/.test(line)) E.push(Object.fromEntries(line.split('\t')[1].trim().split(/\s+/).map((p) => p.split(':'))));
  }
  return E.filter((e) => tb[e.Content]).map((e) => {
    const content = tb[e.Content], source = e.Source && tb[e.Source] ? tb[e.Source] : null;
    return { content, source, ctext: content.map(([x, y]) => text.slice(x, y)).join(' '), stext: source ? source.map(([x, y]) => text.slice(x, y)).join(' ') : '' };
  });
}

export const isQuoteGold = (g) => QCH.test(g.ctext);

/** Locates s in text ignoring white space and quote-mark differences: [start, end] or null. */
export function locate(text, s) {
  const fold = (c) => (/\s/.test(c) ? ' ' : /[“”"«»„]/.test(c) ? '"' : /[‘’']/.test(c) ? "'" : c);
  const idx = [], out = [];
  for (let i = 0; i < text.length; i++) { const c = fold(text[i]); if (c === ' ' && out[out.length - 1] === ' ') continue; out.push(c); idx.push(i); }
  const t = out.join(''), q = [...(s || '')].map(fold).join('').replace(/ +/g, ' ').trim().replace(/^["']+|["']+$/g, '').trim();
  if (q.length < 2) return null;
  const k = t.indexOf(q); if (k < 0) return null;
  return [idx[k], idx[k + q.length - 1] + 1];
}

/** Is a predicted speaker (its name and the words the text uses) the gold source? */
export function speakerOK(speaker, mention, g) {
  if (!g.source) return false;
  const m = (mention || '').trim().toLowerCase(), gs = g.stext.trim().toLowerCase();
  if (m.length >= 2 && (gs.includes(m) || m.includes(gs))) return true;
  const want = caps(g.stext);
  return [...caps(speaker), ...caps(mention)].some((w) => want.has(w));
}
