// Words that name people, learnt from the PER spans of the tagger's training material (scripts/ner/corpus.ts TRAIN,
// never a held-out split) into lib/rules/person-names.json: the party list's person evidence for a one-word name
// (lib/analysis/parties/known-names.ts). The tagger never reads it. A word is kept where the data writes it as (part
// of) a person's name often enough, and mostly so: "Tesla" or "Chrome", written as bodies and products as often,
// are not kept.
// Usage: node scripts/ner/run.mjs scripts/ner/person-names.ts [--shared /work/shared]
import fs from 'node:fs';
import path from 'node:path';
import { TRAIN, load } from './corpus';
import { typeOfTag } from '../../lib/analysis/ner/tags';

/** Seen inside a person's name at least this often, and in at least this share of its capitalised uses. */
const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : dflt; };
const MIN_PERSON = arg('--min', 2);
const MIN_SHARE = arg('--share', 0.6);
const MIN_OTHER = arg('--min-other', 1);
const MAX_OTHER_SHARE = arg('--other-share', 0.2);

interface Count { person: number; other: number; entity: number }

/** A token that can be a name's word: letters (an inner hyphen or apostrophe), capitalised, two letters or more. */
const nameLike = (w: string) => /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(w) && !/^\p{Lu}+$/u.test(w);

function count(root: string): Map<string, Count> {
  const counts = new Map<string, Count>();
  const at = (w: string) => { const k = w.toLowerCase(); let c = counts.get(k); if (!c) counts.set(k, (c = { person: 0, other: 0, entity: 0 })); return c; };
  for (const part of TRAIN) {
    if (part.simplified || part.lang === 'zh') continue;
    for (const doc of load(root, part)) for (const s of doc) s.words.forEach((w, i) => {
      if (!nameLike(w)) return;
      const tag = s.tags[i]!;
      // (a capitalised word that opens a sentence untagged says nothing: every word is capitalised there)
      if (tag === 0 && i === 0) return;
      if (tag > 0 && typeOfTag(tag) === 'PER') at(w).person++; else at(w).other++;
      if (tag > 0 && typeOfTag(tag) !== 'PER') at(w).entity++;
    });
  }
  return counts;
}

const sharedArg = process.argv.indexOf('--shared');
const shared = sharedArg > 0 ? process.argv[sharedArg + 1]! : path.join(process.cwd(), '..', 'shared');
// (load() looks for ../shared beside the checkout: a root whose parent holds `shared`)
const root = path.join(shared, '..', path.basename(process.cwd()));
const counts = [...count(root)];
const person = counts.filter(([, c]) => c.person >= MIN_PERSON && c.person / (c.person + c.other) >= MIN_SHARE).map(([w]) => w).sort();
// words the data names bodies, places and things by, and never or hardly ever a person
const other = counts.filter(([, c]) => c.entity >= MIN_OTHER && c.person / (c.person + c.other) <= MAX_OTHER_SHARE).map(([w]) => w).sort();
const out = path.join(process.cwd(), 'lib', 'rules', 'person-names.json');
fs.writeFileSync(out, JSON.stringify({ person, other }) + '\n');
console.log(`${person.length} person words, ${other.length} other → ${path.relative(process.cwd(), out)}`);
