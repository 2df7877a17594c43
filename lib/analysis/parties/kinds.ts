// A party's type from the evidence gathered for it: the points for person, organisation, place and country compared.

import type { Rules } from '../../rules/languages';
import type { Evidence, PartyKind, PartyRecord } from './registry';
import { EVIDENCE } from '../weights';

/** The type the evidence says ('unknown' when it says nothing). */
export function kindOf(p: PartyRecord, rules: Rules): PartyKind {
  if (p.kind !== 'unknown') return p.kind;
  const ev = withVotes(p);
  if (ev.org > ev.person && ev.org >= 1 && ev.org >= ev.place) return 'organization';
  if (ev.person > 0 && ev.person >= ev.place) return 'person';
  if (ev.place > 0) return ev.place > ev.org ? 'place' : 'organization';
  // German capitalises every noun: two capitalised words are no evidence of a person there
  if (p.parts.length >= 2 && rules.lang !== 'de') return 'person';
  return 'unknown';
}

/** The evidence with the tagger's votes: its average confidence per type over the party's tagged mentions, so
 * that a name tagged often does not outweigh what the text says of it once ("la société X"). */
function withVotes(p: PartyRecord): Evidence {
  const v = p.votes, n = Math.max(1, v.n), w = EVIDENCE.tagger;
  const ev = p.evidence;
  return { ...ev, person: ev.person + w * v.PER / n, org: ev.org + w * v.ORG / n, place: ev.place + w * v.LOC / n };
}

/** Fix the party's type from its evidence. */
export function settleKind(p: PartyRecord, rules: Rules) {
  p.kind = kindOf(p, rules);
}
