// The language guess on the texts `../shared/eval/ner.mjs` builds from each UNER dev split (8 prose sentences a
// text, "# text =" lines): how many texts of each split are guessed as which language.
// Usage: node scripts/ner/run.mjs scripts/ner/lang-confusion.ts [FILE.iob2 ...]
import fs from 'node:fs';
import path from 'node:path';
import { guessLang } from '../../lib/analysis/text';

const ROOT = '../shared/corpus/ner/uner';
const files = process.argv.slice(2).length ? process.argv.slice(2)
  : fs.readdirSync(ROOT).flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('-dev.iob2')).map((f) => path.join(ROOT, d, f)));

function texts(file: string): string[] {
  const sents: { toks: string[]; text: string | null }[] = [];
  let cur: { toks: string[]; text: string | null } = { toks: [], text: null };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) { if (cur.toks.length) sents.push(cur); cur = { toks: [], text: null }; continue; }
    const m = /^# text = (.*)$/.exec(line);
    if (m) cur.text = m[1]!;
    else if (!line.startsWith('#')) cur.toks.push(line.split('\t')[1] ?? '');
  }
  if (cur.toks.length) sents.push(cur);
  const prose = sents.filter(({ toks }) => {
    const words = toks.filter((t) => /\p{L}/u.test(t)), cjk = toks.some((t) => /\p{sc=Han}/u.test(t));
    const lower = words.filter((t) => /^\p{Ll}/u.test(t)).length, nums = toks.filter((t) => /\d/.test(t)).length;
    return toks.length >= 8 && (cjk || lower / Math.max(1, words.length) > 0.4) && nums / toks.length < 0.3;
  });
  const out: string[] = [];
  for (let i = 0; i < prose.length; i += 8) out.push('News report\n\n' + prose.slice(i, i + 8).map((s) => s.text ?? s.toks.join(' ')).join('\n\n'));
  return out;
}

for (const file of files) {
  const counts = new Map<string, number>();
  const all = texts(file);
  for (const t of all) { const g = guessLang(t) ?? 'null'; counts.set(g, (counts.get(g) ?? 0) + 1); }
  const row = [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ');
  console.log(`${path.basename(file).padEnd(26)} ${String(all.length).padStart(4)} texts: ${row}`);
}
