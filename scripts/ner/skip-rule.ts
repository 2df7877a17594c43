// What the tagger may skip: for window rules over case classes (lib/analysis/ner/candidates.ts), per corpus part,
// the share of tokens a rule skips, the gold entity tokens it would skip, and the entity tokens the shipped model
// (the plain, unskipped path) tags where the rule would skip them (each of those is a mention the skipping tagger
// changes). Training parts first (the rule is chosen there), then the held-out parts (checked, not tuned on), then
// the fundus-dev news articles (no gold), and the tagger itself with and without the rule on them.
// Rules: quiet tokens (lower, lower+none, plain, plain+punct) × windows 1-3, and plain+punct with lexical anchors
// (lex>=M: a lower-case word whose own weights favour a name by M units is not quiet) at window 3.
// Usage: node scripts/ner/run.mjs scripts/ner/skip-rule.ts [--only en,de] [--held-out-only] [--show 'lex>=32 w3']
import fs from 'node:fs';
import path from 'node:path';
import { candidateRuns, isPlainLower, isProsePunct, isQuiet, leansToName } from '../../lib/analysis/ner/candidates';
import { hashString } from '../../lib/analysis/ner/hash';
import { viterbi } from '../../lib/analysis/ner/decode';
import { documentStats, sentenceFeatures } from '../../lib/analysis/ner/features';
import { modelFileFor } from '../../lib/analysis/ner';
import { parseModel, type NerModel } from '../../lib/analysis/ner/model';
import { emissions, tagScanned, type Mention } from '../../lib/analysis/ner/tagger';
import { Cap, capClass } from '../../lib/analysis/ner/word-class';
import { scan } from '../../lib/analysis/text';
import { corpusRoot, HELDOUT, load, TRAIN, type CorpusPart, type TaggedDoc } from './corpus';

const root = process.cwd();
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]!.split(',') : null;
const show = argv.includes('--show') ? argv[argv.indexOf('--show') + 1]! : null; // a rule's name: print what it loses
let shown = 0;
if (!fs.existsSync(corpusRoot(root))) { console.log(`skip-rule: ${corpusRoot(root)} not found`); process.exit(0); }

/** A rule: which tokens are quiet (say nothing for a name near them), and the window around the others. */
interface Rule { window: number; quiet: (w: string, cap: number, model: NerModel) => boolean }
const QUIET: [string, Rule['quiet']][] = [
  ...[1, 16, 32, 64].map((m): [string, Rule['quiet']] => [`lex>=${m}`, (w, cap, model) => isQuiet(w, cap) && (cap === Cap.NONE || !leansToName(model, hashString(w.toLowerCase()), m))]),
  ['lower', (_, cap) => cap === Cap.LOWER],
  ['lower+none', (_, cap) => cap === Cap.LOWER || cap === Cap.NONE],
  ['plain', isPlainLower],
  ['plain+punct', (w, cap) => isPlainLower(w, cap) || isProsePunct(w)],
];
const RULES: [string, Rule][] = QUIET.flatMap(([name, quiet]) => (name.startsWith('lex') ? [3] : [1, 2, 3]).map((window): [string, Rule] => [`${name} w${window}`, { window, quiet }]));

interface Tally { tokens: number; skipped: number; gold: number; goldSkipped: number; pred: number; predSkipped: number }
const zero = (): Tally => ({ tokens: 0, skipped: 0, gold: 0, goldSkipped: 0, pred: 0, predSkipped: 0 });

const models = new Map<string, NerModel>();
function modelOf(lang: string): NerModel {
  const file = modelFileFor(lang);
  if (!models.has(file)) models.set(file, parseModel(new Uint8Array(fs.readFileSync(path.join(root, 'lib/analysis/ner/models', file)))));
  return models.get(file)!;
}

/** Which tokens of a sentence a rule scores (1) or skips (0). */
function scored(words: string[], caps: number[], rule: Rule, model: NerModel): Uint8Array {
  const quiet = words.map((w, i) => (rule.quiet(w, caps[i]!, model) ? 1 : 0));
  const keep = new Uint8Array(caps.length), runs = candidateRuns(quiet, 0, caps.length, rule.window);
  for (let r = 0; r < runs.length; r += 2) keep.fill(1, runs[r]!, runs[r + 1]!);
  return keep;
}

function tallyPart(docs: TaggedDoc[], model: NerModel): Tally[] {
  const out = RULES.map(zero);
  for (const doc of docs) {
    const stats = documentStats(doc.map((s) => s.words));
    for (const s of doc) {
      const pred = viterbi(emissions(model, sentenceFeatures(s.words, stats, model.features)), model.transitions, s.words.length);
      const caps = s.words.map(capClass);
      RULES.forEach(([, rule], r) => {
        const keep = scored(s.words, caps, rule, model), t = out[r]!;
        for (let i = 0; i < caps.length; i++) {
          const skip = keep[i] === 0, g = s.tags[i] !== 0, p = pred[i] !== 0;
          t.tokens++; if (skip) t.skipped++;
          if (g) { t.gold++; if (skip) t.goldSkipped++; }
          if (p) { t.pred++; if (skip) t.predSkipped++; }
        }
        if (RULES[r]![0] === show && shown < 60 && s.words.some((_, i) => keep[i] === 0 && (pred[i] !== 0 || s.tags[i] !== 0))) {
          shown++;
          console.log(`  ${s.words.map((w, i) => (keep[i] === 0 && (pred[i] !== 0 || s.tags[i] !== 0) ? `[${w} gold=${s.tags[i]} tagged=${pred[i]}]` : w)).join(' ')}`);
        }
      });
    }
  }
  return out;
}

const pct = (a: number, b: number, d = 1) => (b ? ((100 * a) / b).toFixed(d) : '-');

function report(title: string, parts: [CorpusPart, TaggedDoc[]][]) {
  console.log(`\n${title}\nrule            part (model)                       tokens  skipped  gold ent. skipped  tagged ent. skipped`);
  const byLang = new Map<string, Tally[]>();
  for (const [part, docs] of parts.filter(([p]) => !only || only.includes(p.lang))) {
    const t = tallyPart(docs, modelOf(part.lang));
    const sum = byLang.get(part.lang) ?? RULES.map(zero);
    t.forEach((x, r) => { for (const k of Object.keys(x) as (keyof Tally)[]) sum[r]![k] += x[k]; });
    byLang.set(part.lang, sum);
    RULES.forEach(([name], r) => line(name, `${part.name} (${modelFileFor(part.lang)})`, t[r]!));
  }
  console.log('by language:');
  for (const [lang, t] of byLang) RULES.forEach(([name], r) => line(name, `all ${lang}`, t[r]!));
}

function line(rule: string, label: string, t: Tally) {
  console.log(`${rule.padEnd(15)} ${label.padEnd(34)} ${String(t.tokens).padStart(7)}  ${pct(t.skipped, t.tokens).padStart(5)} %  `
    + `${String(t.goldSkipped).padStart(5)}/${String(t.gold).padEnd(6)} ${pct(t.goldSkipped, t.gold, 2).padStart(5)} %  `
    + `${String(t.predSkipped).padStart(5)}/${String(t.pred).padEnd(6)} ${pct(t.predSkipped, t.pred, 2).padStart(5)} %`);
}

/** Real news articles (../shared/corpus/fundus-dev, their true text) scanned as the product scans them: no gold tags. */
const newsTexts = new Map<string, string[]>();
function newsParts(): [CorpusPart, TaggedDoc[]][] {
  const truth = path.join(root, '..', 'shared', 'corpus', 'fundus-dev', 'truth');
  if (!fs.existsSync(truth)) return [];
  const byLang = new Map<string, TaggedDoc[]>();
  for (const f of fs.readdirSync(truth).sort()) {
    const t = JSON.parse(fs.readFileSync(path.join(truth, f), 'utf8')) as { lang: string; paragraphs?: string[] };
    const text = (t.paragraphs ?? []).join('\n\n'), sc = scan(text);
    newsTexts.set(t.lang, [...(newsTexts.get(t.lang) ?? []), text]);
    const doc = sc.sentences.map((seg) => { const words = sc.tokens.slice(seg.first, seg.last).map((x) => x.text); return { words, tags: words.map(() => 0) }; });
    byLang.set(t.lang, [...(byLang.get(t.lang) ?? []), doc]);
  }
  return [...byLang].map(([lang, docs]) => [{ name: `fundus-dev-${lang}`, lang, file: '', grouping: 'marked' }, docs]);
}

/** The tagger itself with and without skipping on the news articles: mentions that differ, and how far scores move. */
function compareNews(parts: [CorpusPart, TaggedDoc[]][]) {
  console.log('\nNEWS: tagScanned with the rule against every token scored (mentions by offsets and type; scores)');
  for (const [part] of parts.filter(([p]) => !only || only.includes(p.lang))) {
    let same = 0, diff = 0, maxMove = 0, moved = 0;
    for (const text of newsTexts.get(part.lang) ?? []) {
      const sc = scan(text), model = modelOf(part.lang);
      const all = tagScanned(model, sc, { everyToken: true }), fast = tagScanned(model, sc);
      const key = (m: Mention) => `${m.start}|${m.end}|${m.type}`, byKey = new Map(fast.map((m) => [key(m), m]));
      for (const m of all) {
        const f = byKey.get(key(m));
        if (!f) { diff++; console.log(`    only with every token scored: ${m.type} "${m.text}" (${m.score.toFixed(2)})`); continue; }
        same++;
        const move = Math.abs(f.score - m.score);
        if (move > 1e-9) moved++;
        maxMove = Math.max(maxMove, move);
      }
      for (const m of fast.filter((x) => !all.some((a) => key(a) === key(x)))) { diff++; console.log(`    only with the rule: ${m.type} "${m.text}" (${m.score.toFixed(2)})`); }
    }
    console.log(`  ${part.lang}: ${same} mentions the same, ${diff} different; ${moved} scores moved (most by ${maxMove.toFixed(4)})`);
  }
}

if (!argv.includes('--held-out-only')) report('TRAINING parts (the rule is chosen here)', TRAIN.map((p) => [p, load(root, p)]));
report('HELD-OUT parts (checked only)', HELDOUT.map((p) => [p, load(root, p)]));
const news = newsParts();
report('NEWS: fundus-dev articles, scanned (no gold: what the rule saves, and what the full tagger tags that it skips)', news);
compareNews(news);
