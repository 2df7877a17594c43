// Pairs of Han characters the Chinese training data (UNER GSD train, word-segmented, with its simplified copy as
// the tagger's training makes it: scripts/ner/simplified.ts) never parts between two words: where the tagger's span
// ends or starts between them, its edge cuts a word (lib/analysis/parties/cjk-words.ts). Three sets:
// - join: pairs seen inside names at least MIN times and at most half as often inside other words ("里昂", "史蒂"):
//   an edge between them leaves out the rest of the name;
// - endCut: pairs seen inside other words at least MIN times, never inside a name, whose first character rarely
//   ends a word ("希望"): a span ending on that character glued the next word's first character;
// - startCut: the same pairs whose second character rarely begins a word: a span starting on it took the last
//   character of the word before.
// Committed as lib/analysis/ner/models/zh-pairs.json (CC BY-SA, like the models: LICENSE.md there).
// Usage: node scripts/gen-zh-pairs.mjs [../shared]
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.argv[2] ?? process.env.CLEARPAGE_SHARED ?? path.join(root, '..', 'shared');
const FILE = path.join(shared, 'corpus/ner/uner/Chinese-GSD/zh_gsd-ud-train.iob2');
/** Times a pair must be seen inside words. */
const MIN = 2;
/** A character "rarely" ends (begins) a word below this share of its occurrences, seen at least RARE_SEEN times. */
const RARE = 0.2, RARE_SEEN = 5;
const HAN = /^[\u4e00-\u9fff]+$/;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const pairs = new Map(), chars = new Map();
const pair = (k) => pairs.get(k) ?? (pairs.set(k, { name: 0, other: 0, across: 0 }), pairs.get(k));
const char = (k) => chars.get(k) ?? (chars.set(k, { begin: 0, end: 0, all: 0 }), chars.get(k));

/** Counts a sentence's tokens ([word, tag]); a token of null is a gap (counted by neither side). */
function count(tokens) {
  tokens.forEach(([w, tag], i) => {
    if (w === null || !HAN.test(w)) return;
    for (let k = 0; k < w.length; k++) { const c = char(w[k]); c.all++; if (k === 0) c.begin++; if (k === w.length - 1) c.end++; }
    for (let k = 0; k + 1 < w.length; k++) pair(w.slice(k, k + 2))[tag === 'O' ? 'other' : 'name']++;
    const next = tokens[i + 1]?.[0];
    if (next && HAN.test(next)) pair(w.slice(-1) + next[0]).across++;
  });
}

function countSentence(tokens) {
  count(tokens);
  // (the simplified copy only where a token changes, so that a word written alike in both scripts counts once)
  count(tokens.map(([w, tag]) => { const s = toSimplified(w); return [s !== w && s.length === w.length ? s : null, tag]; }));
}

let sentence = [];
for (const line of fs.readFileSync(FILE, 'utf8').split('\n')) {
  if (!line.trim()) { if (sentence.length) countSentence(sentence); sentence = []; continue; }
  if (line.startsWith('#')) continue;
  const [, word, tag] = line.split('\t');
  sentence.push([word, tag]);
}
if (sentence.length) countSentence(sentence);

const rare = (c, side) => { const s = chars.get(c); return !!s && s.all >= RARE_SEEN && s[side] / s.all < RARE; };
const out = { join: [], endCut: [], startCut: [] };
for (const [k, s] of pairs) {
  if (k.length !== 2 || s.across) continue;
  if (s.name >= MIN && s.other * 2 <= s.name) out.join.push(k);
  if (s.other >= MIN && !s.name && rare(k[0], 'end')) out.endCut.push(k);
  if (s.other >= MIN && !s.name && rare(k[1], 'begin')) out.startCut.push(k);
}
const json = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.sort().join('')]));
fs.writeFileSync(path.join(root, 'lib/analysis/ner/models/zh-pairs.json'), JSON.stringify(json, null, 0) + '\n');
console.log(Object.entries(out).map(([k, v]) => `${k} ${v.length}`).join(', '));
