// "the New York Yankees", "Texas Rangers": a place the data knows (a country, a capital, a region) opening a name
// that ends in the plural of another noun is the name of those people, a team or a firm based there, not a place.
// A plural place noun ("Islands", "Heights", "Hills") keeps it a place; a name the tagger reads as a person's
// ("Georgia Adams") is left alone.

import type { Rules } from '../../rules/languages';
import { regionNames } from '../../rules/regions';
import type { Gazetteer } from './countries';
import type { Candidate } from './classify';
import { norm } from './registry';
import type { Word } from './words';

/** The place the data knows under these words ("New York", "Texas", "Kenya"). */
const knownPlace = (text: string, ws: readonly Word[], gaz: Gazetteer) => {
  const k = norm(text.slice(ws[0]!.s, ws[ws.length - 1]!.e));
  return gaz.names.has(k) || gaz.capitals.has(k) || regionNames().has(k);
};

/** The name is a known place's followed by one plural noun of its own. */
export function placeTeam(text: string, cand: Candidate, words: readonly Word[], gaz: Gazetteer, rules: Rules): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || cand.tag === 'PER' || !last.cap || last.acr || last.t.length < 4 || !/\p{Ll}s$/u.test(last.t)) return false;
  if (rules.placeHeads.has(last.l) || rules.placeHeads.has(last.l.slice(0, -1)) || gaz.demonyms.has(norm(last.t.slice(0, -1)))) return false;
  return knownPlace(text, words.slice(0, -1), gaz) && !knownPlace(text, words, gaz);
}
