// A "person" of several words whose only person evidence is its capitals and the tagger's word: "Cup Series", "App
// Store", "Campeonato Brasileiro", "el Córdoba Patrimonio". Competitions, products and clubs share a person's shape;
// what tells them apart is what the words are (the tagger's data writes them in names of things, the text in lower
// case, and no person's name among them) and what the text says around them (an article before a body's name). A
// wrong person is worse than none: such a name is a body where the text says so, else left out.

import type { PartyType } from '../../types';
import type { Rules } from '../../rules/languages';
import type { PartyRecord } from './registry';
import type { WordUse } from './repeated';
import { EVIDENCE, PARTY_FILTER } from '../weights';
import { onlyShapeEvidence } from './person-evidence';
import { knownName, namesThings } from './known-names';

/** The text writes the word in lower case too: a common word ("copa", "series"). */
const writtenLower = (w: string, uses: ReadonlyMap<string, WordUse>, rules: Rules) => (uses.get(w)?.lower ?? 0) > 0 && !rules.functionWords.has(w);

/** A word of a thing's name: the data writes it in names of places, bodies and things (never a person's), or the
 * text writes it as a common word. A function word is no evidence either way (a surname may be one: "Adrienne So"). */
const thingWord = (w: string, uses: ReadonlyMap<string, WordUse>, rules: Rules) => !rules.functionWords.has(w) && (namesThings(w) || writtenLower(w, uses, rules));

/** The tagger's vote for a person over the party's tagged mentions, weighed as kinds.ts weighs it. */
const personVote = (p: PartyRecord) => EVIDENCE.tagger * p.votes.PER / Math.max(1, p.votes.n);

/**
 * The type of a "person" of several words with no person evidence but its shape (person-evidence.ts) and no word a
 * person's name the data knows: 'organization' where the words around it say body more than the tagger says
 * person without the shape ("el Córdoba Patrimonio" thrice), or where its words are things' and the tagger saw a
 * body; null (left out) where its words are things' (every word, or its head when the tagger is unsure, or
 * the tagger read it as no person, place or body at all: "Copa Libertadores" as MISC); undefined: a person still.
 */
export function shapeOnlyKind(p: PartyRecord, quotes: number, text: string, rules: Rules, uses: ReadonlyMap<string, WordUse>): PartyType | null | undefined {
  if (p.parts.length < 2 || p.parts.some((w) => w.split(/[-‐]/).some((x) => knownName(x, rules)))) return undefined;
  if (!onlyShapeEvidence(p, quotes, text, rules)) return undefined;
  if (p.evidence.org > 0 && p.evidence.org >= personVote(p)) return 'organization';
  const things = p.parts.map((w) => thingWord(w, uses, rules));
  // (the tagger unsure: a head of a thing's name, the last word, or a first word the text writes in lower case; the
  // data's things list alone is too loose for a first word, a given name among them: "Javi" of a club "Javi …";
  // where every noun is capitalised a surname is often a noun too, "Melina Wolf": the head decides only against the
  // tagger's guess, below PARTY_FILTER.unsurePerson: "Senior Fellow")
  const head = things[things.length - 1] || writtenLower(p.parts[0]!, uses, rules);
  const unsure = p.confidence < (rules.nounsCapitalised ? PARTY_FILTER.unsurePerson : PARTY_FILTER.taggerConfidence);
  const misc = p.votes.n === 0 && p.mentions.some((m) => m.source === 'tagger');
  if (!(things.every(Boolean) || (unsure && head) || misc)) return undefined;
  return p.evidence.org > 0 || p.votes.ORG > 0 ? 'organization' : null;
}
