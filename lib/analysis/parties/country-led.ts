// "Samsung drohen in Deutschland Probleme", "hat Iran Platz", "Venezuela Öl": where every noun is capitalised, the
// common noun after a country's name looks like the name's next word, and the tagger (or the widening of its span to
// the capitalised run) takes it in. A country or capital the gazetteer knows, followed by one plain capitalised noun
// (no organisation's or place's head, no acronym, no word the text keeps in names), is that country alone. Not where
// the tagger reads a person ("Sofia Östmark", "Georgia Palmer": given names that are places too), nor where the
// place is a given name the name data knows ("Sofia Lindgren", read by an unsure tagger), or the noun a surname.

import type { Rules } from '../../rules/languages';
import type { Gazetteer } from './countries';
import type { Word } from './words';
import { norm } from './registry';
import { isOrgHead } from './lexicon';
import { PARTY_FILTER } from '../weights';
import { knownName, namesThings } from './known-names';
import type { Candidate } from './classify';

/** A word that could go on a place's or a body's name: "Deutschland GmbH", "Mexiko Stadt", "Kenia Airways". */
const namePart = (w: Word, rules: Rules) => !w.cap || w.acr || w.kept || isOrgHead(w.t, rules) || rules.placeHeads.has(w.l) || rules.orgNouns.has(w.l);

/** A word the name data knows as a person's: a capital that is a given name too ("Sofia"), or a surname after it. */
const personWord = (w: Word, rules: Rules) => knownName(w.t, rules) && !namesThings(w.t);

/** The words of the country that opens `words`, when one common noun follows it; null otherwise. */
export function countryLed(cand: Candidate, words: readonly Word[], rules: Rules, gaz: Gazetteer): Word[] | null {
  if (!rules.nounsCapitalised || words.length < 2) return null;
  // A sure person or body reading keeps the name whole ("Sofia Östmark"; "Wien Energie", "Paris Saint-Germain").
  if ((cand.tag === 'PER' || cand.tag === 'ORG') && (cand.confidence ?? 0) >= PARTY_FILTER.unsurePerson) return null;
  const head = words.slice(0, -1), tail = words[words.length - 1]!;
  const name = norm(head.map((w) => w.t).join(' '));
  return (gaz.names.has(name) || gaz.capitals.has(name)) && !namePart(tail, rules) && !personWord(tail, rules) && !(head.length === 1 && personWord(head[0]!, rules)) ? head : null;
}
