// Does the tagger's `before` (Mention.before: the probability that the name begins one token earlier) tell a
// capitalised word that belongs to a name ("Gul" + "Mohammad Shinwari") from one that does not (a title, a genitive
// place, an acronym: "Finansminister Elisabeth Svantesson")? The parties stage grows a person's span over such a word
// only when `before` reaches PARTY_FILTER.widenBefore. For every mention of the tagger (text mode) right after a
// capitalised word of its sentence, the gold spans say whether the word belongs to the same name; printed: how often
// "widen iff before >= t" is wrong each way, by threshold.
// node scripts/ner/run.mjs scripts/ner/glued.ts [--model multi.bin] [--parts uner-hr-dev,germeval-dev] [--types PER]
import fs from 'node:fs';
import path from 'node:path';
import { parseModel, type NerModel } from '../../lib/analysis/ner/model';
import { modelFileFor, tagScanned } from '../../lib/analysis/ner';
import { scan } from '../../lib/analysis/text';
import { capClass, Cap } from '../../lib/analysis/ner/word-class';
import { HELDOUT, TRAIN } from './corpus';
import { buildModel, docsOf } from './build';
import { RECIPES } from './recipes';
import { aligned, goldSpans } from './evaluate';
import type { TaggedDoc } from './corpus';

const argv = process.argv.slice(2);
const arg = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1]! : null);
const root = process.cwd();
const CUTS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5];
const types = (arg('--types') ?? 'PER').split(',');

/** `before` of each mention after a capitalised word, and whether the gold spans join that word to the name. */
export function gluedCases(model: NerModel, docs: readonly TaggedDoc[]): { before: number; joins: boolean; text: string }[] {
  const out: { before: number; joins: boolean; text: string }[] = [];
  for (const doc of docs) {
    let text = '';
    const gold: { start: number; end: number }[] = [];
    for (const s of doc) {
      if (text) text += '\n\n';
      gold.push(...goldSpans(s, text.length));
      text += aligned(s).text;
    }
    const sc = scan(text);
    const mentions = tagScanned(model, sc);
    mentions.forEach((m, k) => {
      // (a word the tagger put in a mention of its own is never grown over)
      if (!types.includes(m.type) || m.first === sc.sentences[m.sentence]!.first || mentions[k - 1]?.last === m.first) return;
      const prev = sc.tokens[m.first - 1]!, cap = capClass(prev.text);
      if (cap !== Cap.UPPER && cap !== Cap.CAPS && cap !== Cap.MIXED) return;
      const joins = gold.some((g) => g.start <= prev.start && g.end > m.start);
      const initial = m.first - 1 === sc.sentences[m.sentence]!.first ? '^' : '';
      out.push({ before: m.before, joins, text: `${initial}${prev.text} | ${m.text}` });
    });
  }
  return out;
}

const models = new Map<string, NerModel>();
const load = (file: string) => {
  let m = models.get(file);
  if (!m) models.set(file, m = parseModel(new Uint8Array(fs.readFileSync(path.join(root, 'lib/analysis/ner/models', file)))));
  return m;
};
// --without hr: the pooled recipe trained without the language's data (as a language it never saw), on its dev split
const without = arg('--without');
if (without) {
  const r = RECIPES.find((x) => x.lang === 'multi')!;
  const data = r.train.flatMap(([sel, weight]) => TRAIN.filter((p) => sel(p) && p.lang !== without).map((p) => ({ docs: docsOf(root, p), weight })));
  const cached = arg('--cache') && fs.existsSync(arg('--cache')!) ? new Uint8Array(fs.readFileSync(arg('--cache')!)) : null;
  const built = cached ?? buildModel(data, { lang: 'multi', epochs: r.epochs, maxFeatures: r.maxFeatures, delexicalised: r.delexicalised, wordDropout: Number(arg('--dropout') ?? r.wordDropout ?? 0) }).bytes;
  if (arg('--cache') && !cached) fs.writeFileSync(arg('--cache')!, built);
  models.set('lolo', parseModel(built));
}
const names = arg('--parts')?.split(',') ?? (without ? HELDOUT.filter((p) => p.lang === without).map((p) => p.name) : undefined);
const parts = [...HELDOUT, ...TRAIN].filter((p) => (names ? names.includes(p.name) : HELDOUT.includes(p) && p.name !== 'wnut17-test'));
const total = { joins: 0, apart: 0, wrong: CUTS.map((): [number, number] => [0, 0]) };
for (const part of parts) {
  const file = without ? 'lolo' : arg('--model') ?? modelFileFor(part.lang), cases = gluedCases(load(file), docsOf(root, part));
  const joins = cases.filter((c) => c.joins), apart = cases.filter((c) => !c.joins);
  total.joins += joins.length; total.apart += apart.length;
  const cells = CUTS.map((t, k) => {
    const glued = apart.filter((c) => c.before >= t).length, cut = joins.filter((c) => c.before < t).length;
    total.wrong[k]![0] += glued; total.wrong[k]![1] += cut;
    return `${t}: ${glued}/${cut}`;
  });
  console.log(`${file.padEnd(9)} ${part.name.padEnd(15)} joins ${String(joins.length).padStart(3)} apart ${String(apart.length).padStart(3)} | wrongly glued / wrongly cut at t = ${cells.join(', ')}`);
  if (argv.includes('--show')) for (const c of cases.slice(0, 40)) console.log(`    ${c.joins ? 'J' : '-'} ${c.before.toFixed(3)} ${c.text}`);
}
console.log(`all: joins ${total.joins} apart ${total.apart} | ${CUTS.map((t, k) => `${t}: ${total.wrong[k]![0]}/${total.wrong[k]![1]}`).join(', ')}`);
