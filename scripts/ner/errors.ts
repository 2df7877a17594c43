// The tagger's errors on a held-out split by class (text mode, character spans): right, wrong type, too short
// (inside the gold name: "林肯" for "布林肯"), too long, crossing, missed, spurious; with examples.
// node scripts/ner/run.mjs scripts/ner/errors.ts --parts uner-zh-dev [--model zh.bin] [--show 15]
// [--hold wikigold:5]: every 5th document of a training part instead (as experiment.ts --hold left it out)
import fs from 'node:fs';
import path from 'node:path';
import { parseModel } from '../../lib/analysis/ner/model';
import { modelFileFor, tagText } from '../../lib/analysis/ner';
import { HELDOUT, TRAIN } from './corpus';
import { docsOf } from './build';
import { aligned, goldSpans } from './evaluate';

const argv = process.argv.slice(2);
const arg = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1]! : null);
const root = process.cwd(), show = Number(arg('--show') ?? 10);
interface Span { type: string; start: number; end: number }

/** The class of a predicted span against the gold spans of its text. */
function classOf(p: Span, gold: readonly Span[]): string {
  const same = gold.find((g) => g.start === p.start && g.end === p.end);
  if (same) return same.type === p.type ? 'right' : 'wrong type';
  const over = gold.filter((g) => g.start < p.end && p.start < g.end);
  if (!over.length) return 'spurious';
  const g = over[0]!, typed = g.type === p.type ? '' : ', type wrong too';
  if (p.start >= g.start && p.end <= g.end) return `too short${typed}`;
  if (p.start <= g.start && p.end >= g.end) return `too long${typed}`;
  return `crossing${typed}`;
}

const [holdNames = '', holdK = '5'] = (arg('--hold') ?? '').split(':');
const parts = [...HELDOUT.filter((p) => (arg('--parts') ?? 'uner-zh-dev').split(',').includes(p.name)).map((p) => ({ part: p, docs: docsOf(root, p) })),
  ...TRAIN.filter((p) => holdNames.split(',').includes(p.name)).map((p) => ({ part: p, docs: docsOf(root, p).filter((_, k) => k % Number(holdK) === Number(holdK) - 1) }))];
for (const { part, docs } of parts) {
  const file = arg('--model') ?? modelFileFor(part.lang);
  const model = parseModel(new Uint8Array(fs.readFileSync(path.resolve(root, 'lib/analysis/ner/models', file))));
  const counts = new Map<string, number>(), examples = new Map<string, string[]>();
  const note = (k: string, ex: string) => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    const list = examples.get(k) ?? [];
    if (list.length < show) examples.set(k, [...list, ex]);
  };
  for (const doc of docs) {
    let text = '';
    const gold: Span[] = [];
    for (const s of doc) {
      if (text) text += '\n\n';
      gold.push(...goldSpans(s, text.length).filter((g) => g.type !== 'MISC'));
      text += aligned(s).text;
    }
    const pred = tagText(model, text).filter((m) => m.type !== 'MISC');
    const ctx = (s: Span) => `${text.slice(Math.max(0, s.start - 6), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 6)}`.replace(/\n/g, ' ');
    for (const p of pred) {
      const g = gold.find((x) => x.start < p.end && p.start < x.end);
      note(classOf(p, gold), `${p.type} ${ctx(p)}${g && classOf(p, gold) !== 'right' ? ` gold ${g.type} ${text.slice(g.start, g.end)}` : ''}`);
    }
    for (const g of gold) if (!pred.some((p) => p.start < g.end && g.start < p.end)) note('missed', `${g.type} ${ctx(g)}`);
  }
  console.log(`${file} on ${part.name}: ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const [k, list] of examples) if (k !== 'right') console.log(`  ${k}:\n    ${list.join('\n    ')}`);
}
