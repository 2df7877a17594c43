// Where the parties stage loses to (or beats) the tagger alone, on the texts `../shared/eval/ner.mjs` builds from a
// tagged corpus (8 prose sentences a text; typed surface sets, MISC neutral). Counts, by class, gold surfaces the
// tagger has right that the parties lose (dropped, retyped) and wrong surfaces the parties add or remove. Dev tool:
// node scripts/ner/run.mjs scripts/ner/parties-vs-tagger.ts FILE.iob2 [--show N] [--model FILE] (a model for every
// text, such as experiment.ts --out wrote: one trained without FILE)
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle, analysisLanguage } from '../../lib/analysis';
import { modelFileFor, parseModel, tagText, type NerModel } from '../../lib/analysis/ner';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: parties-vs-tagger FILE.iob2 [--show N]');
const show = Number(process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : 10);
type Tok = [string, string];
const sents: { toks: Tok[]; text: string | null }[] = [];
let cur: { toks: Tok[]; text: string | null } = { toks: [], text: null };
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) { if (cur.toks.length) sents.push(cur); cur = { toks: [], text: null }; continue; }
  const m = /^# text = (.*)$/.exec(line);
  if (m) { cur.text = m[1]!; continue; }
  if (line.startsWith('#')) continue;
  const cols = line.split(/\t| /);
  const [tok, tag] = /^\d+$/.test(cols[0]!) && cols.length >= 3 ? [cols[1]!, cols[2]!] : [cols[0]!, cols[cols.length - 1]!];
  if (tok !== '-DOCSTART-') cur.toks.push([tok, tag.replace(/^([BI])-(person|per)$/i, '$1-PER').replace(/^([BI])-(location|gpe)$/i, '$1-LOC').replace(/^([BI])-(corporation|group)$/i, '$1-ORG')]);
}
if (cur.toks.length) sents.push(cur);
const prose = sents.filter(({ toks }) => {
  const words = toks.filter(([t]) => /\p{L}/u.test(t)), cjk = toks.some(([t]) => /\p{sc=Han}/u.test(t));
  const lower = words.filter(([t]) => /^\p{Ll}/u.test(t)).length, nums = toks.filter(([t]) => /\d/.test(t)).length;
  return toks.length >= 8 && (cjk || lower / Math.max(1, words.length) > 0.4) && nums / toks.length < 0.3;
});
const detok = (ts: string[]) => ts.join(' ').replace(/ ([,.;:!?%)»”])/g, '$1').replace(/([($«“]) /g, '$1').replace(/ (n't|'s)\b/g, '$1');
function ents(s: { toks: Tok[]; text: string | null }) {
  const out: { type: string; toks: string[] }[] = [];
  let e: { type: string; toks: string[] } | null = null;
  for (const [t, tag] of s.toks) {
    const m = /^([BI])-(\w+)/.exec(tag || '');
    if (m && e && m[2] === e.type && m[1] === 'I') e.toks.push(t); else { if (e) out.push(e); e = m ? { type: m[2]!, toks: [t] } : null; }
  }
  if (e) out.push(e);
  return out.map((x) => {
    let text = detok(x.toks);
    if (s.text) { const spaced = x.toks.join(' '), tight = x.toks.join(''); text = s.text.includes(spaced) ? spaced : s.text.includes(tight) ? tight : text; }
    return { type: x.type, text };
  });
}
const models = new Map<string, NerModel>();
const own = process.argv.includes('--model') ? parseModel(new Uint8Array(fs.readFileSync(process.argv[process.argv.indexOf('--model') + 1]!))) : null;
const model = (f: string) => own ?? models.get(f) ?? (models.set(f, parseModel(new Uint8Array(fs.readFileSync(path.join('lib/analysis/ner/models', f))))), models.get(f)!);
const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', group: 'ORG', country: 'LOC', place: 'LOC' };
const key = (t: string, s: string) => `${t}|${s.toLowerCase().replace(/\s+/g, ' ').trim()}`;
const tally = new Map<string, string[]>();
const note = (cls: string, ex: string) => { const l = tally.get(cls) ?? []; l.push(ex); tally.set(cls, l); };
const f1 = { tag: [0, 0, 0], party: [0, 0, 0] };
for (let i = 0; i < prose.length; i += 8) {
  const group = prose.slice(i, i + 8);
  const text = group.map((s) => s.text ?? detok(s.toks.map(([t]) => t))).join('\n\n');
  const goldAll = group.flatMap(ents);
  const gold = new Set(goldAll.filter((g) => ['PER', 'ORG', 'LOC'].includes(g.type)).map((g) => key(g.type, g.text)));
  const other = new Set(goldAll.filter((g) => !['PER', 'ORG', 'LOC'].includes(g.type)).map((g) => g.text.toLowerCase()));
  const input = { text, title: 'News report' };
  const ner = model(modelFileFor(analysisLanguage(input)));
  const tag = new Set(tagText(ner, text).filter((m) => m.type !== 'MISC' && !other.has(m.text.toLowerCase())).map((m) => key(m.type, m.text)));
  const party = new Set<string>();
  for (const p of analyzeArticle(input, { ner }).parties) {
    const t = TYPE[String(p.type)]; if (!t) continue;
    for (const s of [p.name, ...(p.aliases ?? [])]) if (s && !other.has(s.toLowerCase())) party.add(key(t, s));
  }
  const surf = (k: string) => k.slice(k.indexOf('|') + 1);
  const typeOf = (set: Set<string>, s: string) => [...set].find((k) => surf(k) === s)?.split('|')[0];
  for (const [name, set] of [['tag', tag], ['party', party]] as const) {
    for (const k of set) if (gold.has(k)) f1[name][0]!++; else f1[name][1]!++;
    for (const k of gold) if (!set.has(k)) f1[name][2]!++;
  }
  for (const k of gold) {
    if (tag.has(k) && !party.has(k)) note(typeOf(party, surf(k)) ? 'lost: retyped by parties' : 'lost: dropped/reshaped by parties', `${k} → ${typeOf(party, surf(k)) ?? '-'}`);
    if (!tag.has(k) && party.has(k)) note('won: parties right where the tagger is not', k);
  }
  for (const k of party) if (!gold.has(k) && !tag.has(k)) note(typeOf(tag, surf(k)) ? 'extra: retyped wrongly by parties' : 'extra: added by parties', k);
  for (const k of tag) if (!gold.has(k) && !party.has(k)) note('tagger wrong, parties dropped it', k);
}
const F = ([tp = 0, fp = 0, fn = 0]: number[]) => { const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn); return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? 2 * p * r / (p + r) : 0).toFixed(3)}`; };
console.log(`tagger alone ${F(f1.tag)}\nparties      ${F(f1.party)}`);
for (const [cls, ex] of [...tally].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(ex.length).padStart(4)} ${cls}: ${ex.slice(0, show).join('; ')}`);
