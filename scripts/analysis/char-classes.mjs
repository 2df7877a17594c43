// Writes lib/analysis/text/char-table.ts: the scanner's class and script (lib/analysis/text/chars.ts `classify`) of
// every character of the ranges a page in a Latin-script language is written in beyond ASCII (Latin-1, Latin
// Extended-A and -B, general punctuation), run-length coded. The scanner fills its table from it at load instead of
// compiling a dozen Unicode property patterns on a page's first accented letter or curly quote (about 2 ms, cold,
// on every page in a fresh process). tests/analysis/text.test.ts holds the table equal to classify. Rerun after
// changing classify: node scripts/analysis/char-classes.mjs
import fs from 'node:fs';
import path from 'node:path';
import { importLib, root } from '../import-lib.mjs';

const { classify } = await importLib("export { classify } from './lib/analysis/text/chars';");
const RANGES = [[0x80, 0x250], [0x2000, 0x2070]];
const lines = RANGES.map(([from, to]) => {
  const runs = [];
  for (let c = from; c < to; c++) {
    const v = classify(String.fromCharCode(c));
    if (runs.length && runs[runs.length - 2] === v) runs[runs.length - 1]++;
    else runs.push(v, 1);
  }
  return `  [0x${from.toString(16)}, [${runs.join(', ')}]],`;
});
const out = `// The scanner's class and script (chars.ts \`classify\`) of the characters of Latin-1, Latin Extended-A and -B and
// general punctuation: [first code unit, [value, count, value, count, …]]. Written by scripts/analysis/char-classes.mjs
// from classify itself. Generated data: do not edit by hand.

export const CHAR_RUNS: readonly [number, readonly number[]][] = [
${lines.join('\n')}
];
`;
fs.writeFileSync(path.join(root, 'lib', 'analysis', 'text', 'char-table.ts'), out);
console.log(`wrote lib/analysis/text/char-table.ts (${out.length} characters)`);
