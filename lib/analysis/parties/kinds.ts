// A party's type from the evidence gathered for it: the points for person, organisation, place and country compared.

import type { Rules } from '../../rules/languages';
import type { Evidence, PartyKind, PartyRecord, Registry } from './registry';
import { EVIDENCE, PARTY_FILTER, REPEATED_NAME } from '../weights';

/** The type the evidence says ('unknown' when it says nothing). */
export function kindOf(p: PartyRecord, rules: Rules): PartyKind {
  if (p.kind !== 'unknown') return p.kind;
  if (unnamedActor(p)) return 'organization';
  const ev = withVotes(p);
  if (ev.org > ev.person && ev.org >= 1 && ev.org >= ev.place) return 'organization';
  if (ev.person > 0 && ev.person >= ev.place) return 'person';
  if (ev.place > 0) return ev.place > ev.org ? 'place' : 'organization';
  // German capitalises every noun: two capitalised words are no evidence of a person there
  if (p.parts.length >= 2 && rules.lang !== 'de') return 'person';
  return 'unknown';
}

/**
 * "Hamás" named a dozen times: one word the text repeats as a proper noun (repeated.ts), that the tagger takes for
 * someone (never a place) but without confidence, and that the text never gives a title, a given name or a
 * pronoun. A person in the news is introduced by name and role; an actor named by one word alone throughout is an
 * organisation or a group. (A few prepositions before it, "entre Hamás e Israel", do not make it a place; a place is mostly named after
 * one: "en Crimée".)
 */
function unnamedActor(p: PartyRecord): boolean {
  const v = p.votes;
  const afterLocatives = p.evidence.place / EVIDENCE.locative;
  return !!p.repeated && p.evidence.person === 0 && p.evidence.org === 0 && v.LOC === 0 && v.PER > v.ORG
    && v.PER / Math.max(1, v.n) < PARTY_FILTER.taggerConfidence && afterLocatives < p.mentions.length * REPEATED_NAME.placeShare;
}

/**
 * "throughout Gauteng", "Gauteng is acting with urgency", "the Gauteng Provincial Government": one word the tagger
 * takes for someone, unsure each time, that the text puts after a preposition of place and that opens the names of
 * organisations, with nothing that makes a person (no given name, title, role, age or name shape: short forms were
 * merged before): a place, whose institutions those are.
 */
function placeNotPerson(p: PartyRecord, opening: ReadonlySet<string>): boolean {
  const v = p.votes;
  return p.parts.length === 1 && opening.has(p.parts[0]!) && p.evidence.person === 0 && p.evidence.org === 0 && p.evidence.place > 0
    && v.ORG === 0 && v.PER > v.LOC && v.PER / Math.max(1, v.n) < PARTY_FILTER.taggerConfidence;
}

/** Fix every party's type from its evidence (and from the organisations' names it opens). */
export function settleKinds(reg: Registry, rules: Rules) {
  const opening = new Set(reg.live().filter((o) => o.parts.length > 1 && kindOf(o, rules) === 'organization').map((o) => o.parts[0]!));
  for (const p of reg.live()) p.kind = p.kind === 'unknown' && placeNotPerson(p, opening) ? 'place' : kindOf(p, rules);
}

/** The evidence with the tagger's votes: its average confidence per type over the party's tagged mentions, so
 * that a name tagged often does not outweigh what the text says of it once ("la société X"). */
function withVotes(p: PartyRecord): Evidence {
  const v = p.votes, n = Math.max(1, v.n), w = EVIDENCE.tagger;
  const ev = p.evidence;
  return { ...ev, person: ev.person + w * v.PER / n, org: ev.org + w * v.ORG / n, place: ev.place + w * v.LOC / n };
}
