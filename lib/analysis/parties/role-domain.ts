// "Мэр Казани Ильсур Метшин", "Prezydent Warszawy Rafał Trzaskowski": where a language puts a role's domain after it
// in the genitive, without a preposition (rules.genitiveDomains), the capitalised word between the role and a full
// name is the domain (the mayor *of Kazan*), no part of the name. A full name is two words (the tagger's own span
// when it starts inside), or three with a patronymic in the middle ("Владимир Владимирович Путин" stays whole).

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate, ClassifyContext } from './classify';
import { norm } from './registry';
import { PARTY_FILTER } from '../weights';

/** How many words opening `name` (the words after a role) are the role's domain: 0 or 1. */
export function domainWords(name: readonly Word[], rules: Rules, tagStart?: number): number {
  if (!rules.genitiveDomains || name.length !== 3 || !name.every((w) => w.cap && !w.acr)) return 0;
  // (the tagger's own span opening on the first word reads the three as one name)
  if (tagStart !== undefined && tagStart <= name[0]!.s) return 0;
  const middle = name[1]!.l;
  return rules.patronymicEndings.some((x) => middle.endsWith(x)) ? 0 : 1;
}

/** "gegen den Weltmeister Argentinien": a country's name alone after a title is the country the title describes (a
 * team, a state), no person of that name, unless the tagger is fairly sure of a person. */
export function countryAfterTitle(c: ClassifyContext, cand: Candidate, words: readonly Word[]): boolean {
  if (words.length !== 1 || !c.gaz.names.has(norm(words[0]!.t))) return false;
  return !(cand.tag === 'PER' && (cand.confidence ?? 0) >= PARTY_FILTER.unsurePerson);
}
