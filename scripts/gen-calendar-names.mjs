// Writes lib/rules/calendar-names.ts: month and weekday names, as lib/calendar-names.ts reads them from Intl, for the
// languages with word lists (lib/rules/languages), as scripts/analysis/country-names.mjs does, and those the sentence
// splitter knows write "22. Oktober" (lib/analysis/text/languages: ordinalDay). Creating the first
// Intl.DateTimeFormat of a process loads the locale data (~10 ms cold); other tags still ask Intl at run time. A language whose names do not survive the encoding is left to Intl.
// Rerun with a new Node (its ICU) or language: npm run build:calendar
import fs from 'node:fs';
import path from 'node:path';
import { importLib, root } from './import-lib.mjs';

const mod = await importLib("export { intlMonthNumbers, intlWeekdayNames } from './lib/calendar-names'; export { LANGUAGES } from './lib/rules/languages'; export { LANGUAGES as TEXT_LANGUAGES } from './lib/analysis/text/languages';");
const { intlMonthNumbers, intlWeekdayNames, LANGUAGES, TEXT_LANGUAGES } = mod;
const langs = [...new Set(['en', ...LANGUAGES, ...TEXT_LANGUAGES.filter((l) => l.ordinalDay).map((l) => l.code)])];
const lines = [];
for (const lang of langs) {
  const months = intlMonthNumbers(lang), days = intlWeekdayNames(lang);
  const m = [...months].map(([n, k]) => `${n}=${k}`).join('|'), d = [...days].join('|');
  // The entry must decode to what Intl gives, in its order (lib/calendar-names.ts splits on '|', the number after '=').
  const decoded = m ? m.split('|').map((e) => [e.slice(0, e.lastIndexOf('=')), Number(e.slice(e.lastIndexOf('=') + 1))]) : [];
  const same = JSON.stringify(decoded) === JSON.stringify([...months]) && JSON.stringify(d ? d.split('|') : []) === JSON.stringify([...days]);
  if (!same || /['\\\n]/.test(m + d)) { console.log(`${lang}: left to Intl`); continue; }
  lines.push(`  ${/^[a-z]+$/.test(lang) ? lang : `'${lang}'`}: ['${m}', '${d}'],`);
}
const out = `// Month (name=number) and weekday names per language, lower case, from CLDR through Intl.DateTimeFormat, written by
// scripts/gen-calendar-names.mjs with lib/calendar-names.ts's own reading of Intl. Generated data: do not edit by hand.

export const CALENDAR_NAMES: Record<string, readonly [string, string]> = {
${lines.join('\n')}
};
`;
fs.writeFileSync(path.join(root, 'lib', 'rules', 'calendar-names.ts'), out);
console.log(`wrote lib/rules/calendar-names.ts (${lines.length} languages, ${out.length} characters)`);
