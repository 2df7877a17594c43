// Writes lib/rules/ordinal-months.ts: the month names (lib/calendar-names.ts, from Intl) of the languages that write a
// day's number with a dot ("22. Oktober"), taken once here. The sentence splitter asks whether a word is one of
// them; building the names at run time created four Intl.DateTimeFormat a language, ten languages, on the first
// page that had a day's dot: ~40 ms of a cold analysis. Rerun after changing a language's ordinalDay:
// npm run build:months (tests/analysis/ordinal-months.test.ts checks the table against Intl).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const tmp = path.join(fs.mkdtempSync(path.join(root, 'node_modules', '.cache-')), 'g.mjs');
const entry = "export { monthNumbers } from './lib/calendar-names'; export { LANGUAGES } from './lib/analysis/text/languages';";
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile: tmp, logLevel: 'warning' });
const { monthNumbers, LANGUAGES } = await import(tmp);
fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
const lines = LANGUAGES.filter((l) => l.ordinalDay).map((l) => {
  const names = [...monthNumbers(l.code).keys()];
  if (names.some((n) => n.includes('|') || n.includes("'"))) throw new Error(`${l.code}: a month name with | or '`);
  return `  ${l.code}: '${names.join('|')}',`;
});
const out = `// Month names (lower case, long and short, alone and beside a day) of the languages that write "22. Oktober", from
// Intl through lib/calendar-names.ts, written by scripts/analysis/ordinal-months.mjs. Generated data: do not edit.

export const ORDINAL_MONTHS: Record<string, string> = {
${lines.join('\n')}
};
`;
fs.writeFileSync(path.join(root, 'lib', 'rules', 'ordinal-months.ts'), out);
console.log(`wrote lib/rules/ordinal-months.ts (${lines.length} languages, ${out.length} characters)`);
