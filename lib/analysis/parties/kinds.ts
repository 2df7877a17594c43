// A party's type from the evidence gathered for it: the points for person, organisation, place and country compared.

import type { Rules } from '../../rules/languages';
import type { PartyKind, PartyRecord } from './registry';

/** The type the evidence says ('unknown' when it says nothing). */
export function kindOf(p: PartyRecord, rules: Rules): PartyKind {
  if (p.kind !== 'unknown') return p.kind;
  const ev = p.evidence;
  if (ev.org > ev.person && ev.org >= 1 && ev.org >= ev.place) return 'organization';
  if (ev.person > 0 && ev.person >= ev.place) return 'person';
  if (ev.place > 0) return ev.place > ev.org ? 'place' : 'organization';
  // German capitalises every noun: two capitalised words are no evidence of a person there
  if (p.parts.length >= 2 && rules.lang !== 'de') return 'person';
  return 'unknown';
}

/** Fix the party's type from its evidence. */
export function settleKind(p: PartyRecord, rules: Rules) {
  p.kind = kindOf(p, rules);
}
