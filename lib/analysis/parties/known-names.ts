// What the tagger's training data says a word names (lib/rules/person-names.json, learnt by
// scripts/ner/person-names.ts): people ("Greg", "Arafat"), or places, bodies and things and never a person ("Mars",
// "Tampa", "Xerox"). For a one-word "person" with nothing in the text to say it is someone, the word is the evidence.
// The party list reads it; the tagger never does. A word the data does not know decides nothing: the held-out sets
// are full of rare surnames ("Scriabin", "Tinguely") that hiding every unknown word would lose (parties22).

import NAMES from '../../rules/person-names.json';
import type { Rules } from '../../rules/languages';
import type { PartyRecord } from './registry';
import { caseStems } from './case-endings';
import { caseless } from '../letters';
import { hasPersonEvidence } from './person-evidence';
import type { WordUse } from './repeated';

const KNOWN: ReadonlySet<string> = new Set(NAMES.person);
const OTHER: ReadonlySet<string> = new Set(NAMES.other);

/** A name inflected or made an adjective keeps its stem in front: "Sanaderu", "Bushova", "Planckovej". Up to this
 * many letters after a known name of at least STEM letters. */
const ENDING = 5;
const STEM = 4;

/** The word, or the word without a case ending of the language ("Merkels"), or its first letters followed by a
 * short ending ("Tuđmanove"), is a name the data knows. */
export function knownName(word: string, rules: Rules): boolean {
  const w = word.toLowerCase();
  if (KNOWN.has(w) || caseStems(w, rules.nameEndings).some((s) => KNOWN.has(s))) return true;
  for (let k = 1; k <= ENDING && w.length - k >= STEM; k++) if (KNOWN.has(w.slice(0, -k))) return true;
  return false;
}

/** "Donald Trump" met once where the tagger has no model of the text's language: a name of two or three words,
 * each one the data knows as a person's and none as a thing's, that the tagger read as someone's, is that person. */
export function knownPersonName(p: PartyRecord, rules: Rules): boolean {
  const words = p.name.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && p.votes.PER > Math.max(p.votes.ORG, p.votes.LOC)
    && words.every((w) => knownName(w, rules) && !namesThings(w));
}

/** A word the data writes in the names of places, bodies and things, and never or hardly ever in a person's. */
export const namesThings = (word: string): boolean => OTHER.has(word.toLowerCase()) && !KNOWN.has(word.toLowerCase());

/** A one-word name the tagger read as a person, in a script with capitals, with no person evidence, whose word the
 * data knows as no person's and the text also writes in lower case or the data as a place, body or thing: a
 * common word or a product ("Door", "Black", "Mars", "Tesla"). */
export function unknownLoneName(p: PartyRecord, quotes: number, text: string, rules: Rules, uses: ReadonlyMap<string, WordUse>): boolean {
  if (p.parts.length !== 1 || caseless(p.parts[0]!) || !p.mentions.some((m) => m.source === 'tagger')) return false;
  const word = p.parts[0]!;
  const lower = (uses.get(word.toLowerCase())?.lower ?? 0) > 0;
  if (!lower && !OTHER.has(word.toLowerCase())) return false;
  return !word.split(/[-‐]/).some((w) => knownName(w, rules)) && !hasPersonEvidence(p, quotes, text, rules);
}
