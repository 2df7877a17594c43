// How a shift of each type's begin score (added to every transition into its B- tag: the same as a bias feature)
// moves the tagger's figures on held-out training material. Dev tool:
// node scripts/ner/run.mjs scripts/ner/bias-sweep.ts --model FILE --hold wikigold:5 --test wnut17-test --type ORG --deltas -1,0,1
import fs from 'node:fs';
import { parseModel } from '../../lib/analysis/ner/model';
import type { EntityType } from '../../lib/analysis/ner/tags';
import { HELDOUT, TRAIN } from './corpus';
import { docsOf } from './build';
import { evaluateSurfaces, evaluateText, formatScore } from './evaluate';
import { withTypeBias } from './type-bias';

const argv = process.argv.slice(2);
const opt = (k: string, d: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1]! : d);
const root = process.cwd(), bytes = new Uint8Array(fs.readFileSync(opt('--model', 'lib/analysis/ner/models/en.bin')));
const [holdNames = '', holdK = '5'] = opt('--hold', '').split(':');
const isHeld = (k: number) => k % Number(holdK) === Number(holdK) - 1;
const tests = [
  ...HELDOUT.filter((p) => opt('--test', '').split(',').includes(p.name)).map((p) => ({ name: p.name, docs: docsOf(root, p) })),
  ...TRAIN.filter((p) => holdNames.split(',').includes(p.name)).map((p) => ({ name: `${p.name} held`, docs: docsOf(root, p).filter((_, k) => isHeld(k)) })),
];
const type = opt('--type', 'ORG'); // a type, or ALL: PER, ORG and LOC alike
for (const d of opt('--deltas', '-1,0,1').split(',').map(Number)) {
  const model = parseModel(withTypeBias(bytes, type === 'ALL' ? { PER: d, ORG: d, LOC: d } : { [type as EntityType]: d }));
  for (const t of tests) console.log(`${type} ${d >= 0 ? '+' : ''}${d} ${t.name.padEnd(16)} text ${formatScore(evaluateText(model, t.docs))} | surfaces ${formatScore(evaluateSurfaces(model, t.docs))}`);
}
