// What the tagger finds on real news pages (../shared/fixtures/quotes-real, annotated with parties and
// non-parties): the article text as the CLI extracts it, tagged with the model for its language. Prints, per page,
// the annotated parties found among the mentions (name or an alias, any type), those missed, and annotated
// non-parties the tagger takes for names. A dev tool: node scripts/ner/run.mjs scripts/ner/real-pages.ts [--min P] [--show]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { modelFileFor, parseModel, tagText, type NerModel } from '../../lib/analysis/ner';
import { resolveLang } from '../../lib/analysis/text';

const root = process.cwd();
const argv = process.argv.slice(2);
const min = Number(argv.includes('--min') ? argv[argv.indexOf('--min') + 1] : 0);
const dir = path.join(root, '..', 'shared', 'fixtures', 'quotes-real');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(dir, f));
const out = execFileSync(path.join(root, 'node_modules', '.bin', 'clearpage'), ['analyze', '--jsonl', ...pages], { encoding: 'utf8', maxBuffer: 1 << 28 });
const models = new Map<string, NerModel>();
const model = (file: string) => {
  if (!models.has(file)) models.set(file, parseModel(new Uint8Array(fs.readFileSync(path.join(root, 'lib/analysis/ner/models', file)))));
  return models.get(file)!;
};
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
let found = 0, total = 0, junk = 0, notTotal = 0, mentionsTotal = 0;
for (const line of out.split('\n').filter(Boolean)) {
  const rec = JSON.parse(line), exp = JSON.parse(fs.readFileSync(rec.file.replace(/\.html$/, '.expected.json'), 'utf8'));
  const lang = resolveLang(rec.article?.lang, rec.article?.text ?? '') ?? exp.lang, file = modelFileFor(lang);
  const ms = tagText(model(file), rec.article?.text ?? '').filter((m) => m.score >= min && m.type !== 'MISC');
  const surfaces = new Set(ms.map((m) => norm(m.text)));
  const hit = exp.parties.filter((p: { name: string; aliases?: string[] }) => [p.name, ...(p.aliases ?? [])].some((s) => surfaces.has(norm(s))));
  const bad = exp.notParties.filter((s: string) => surfaces.has(norm(s)));
  found += hit.length; total += exp.parties.length; junk += bad.length; notTotal += exp.notParties.length; mentionsTotal += surfaces.size;
  console.log(`${path.basename(rec.file)} (${lang} → ${file}): parties ${hit.length}/${exp.parties.length}, non-parties taken ${bad.length}/${exp.notParties.length}, ${surfaces.size} distinct mentions`);
  if (argv.includes('--show')) {
    console.log(`   missed: ${exp.parties.filter((p: object) => !hit.includes(p)).map((p: { name: string }) => p.name).join('; ')}`);
    console.log(`   junk: ${bad.join('; ')}`);
    console.log(`   mentions: ${[...new Map(ms.map((m) => [norm(m.text), m])).values()].map((m) => `${m.type}:${m.text}:${m.score.toFixed(2)}`).join('; ')}`);
  }
}
console.log(`all: parties found ${found}/${total} (${(found / total).toFixed(2)}), non-parties taken ${junk}/${notTotal}, ${mentionsTotal} distinct mentions`);
