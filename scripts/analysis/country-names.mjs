// Writes lib/rules/country-names.ts: the names of the gazetteer's countries in each language the analysis has word
// lists for, taken once from the CLDR data behind Intl.DisplayNames. The analysis reads this table instead of
// creating Intl.DisplayNames on every page (creating one loads a locale's data: tens of milliseconds, cold);
// other languages still ask Intl at run time. Rerun after adding a country or a language: npm run build:countries
import fs from 'node:fs';
import path from 'node:path';
import { importLib, root } from '../import-lib.mjs';

const { countries, LANGUAGES } = await importLib("export { countries } from './lib/rules/gazetteer'; export { LANGUAGES } from './lib/rules/languages';");
const langs = ['en', ...LANGUAGES.filter((l) => l !== 'en' && l !== 'no')];
const lines = langs.map((lang) => {
  const dn = new Intl.DisplayNames([lang], { type: 'region' });
  const names = countries().map((c) => [c.code, dn.of(c.code)]).filter(([c, n]) => n && n !== c && !/[|=]/.test(n));
  return `  ${lang}: '${names.map(([c, n]) => `${c}=${n.replace(/'/g, "\\'")}`).join('|')}',`;
});
const out = `// Country names per language (ISO code = name), from CLDR through Intl.DisplayNames, written by
// scripts/analysis/country-names.mjs: the analysis reads them without creating Intl.DisplayNames on every page.
// Generated data: do not edit by hand.

export const COUNTRY_NAMES: Record<string, string> = {
${lines.join('\n')}
};
`;
fs.writeFileSync(path.join(root, 'lib', 'rules', 'country-names.ts'), out);
console.log(`wrote lib/rules/country-names.ts (${langs.length} languages, ${out.length} characters)`);
