// "Immobilien" beside "Immobilienentwickler", "Immobilienprojekte", "Immobilienriesen": a one-word place or body
// that the text glues, as it is, to the front of several different words is a common noun the text builds compounds
// with, no name. A name is glued so now and then ("Gazastreifen", "Gazakrieg"); a noun the story is about, again and
// again. The evidence is the text's own word building, not a list of nouns: it holds in any language that writes
// compounds as one word.

import type { Rules } from '../../rules/languages';
import { regionNames } from '../../rules/regions';
import { allUpper } from '../letters';
import type { Gazetteer } from './countries';
import { isOrgHead } from './lexicon';
import { norm, type PartyRecord, type Registry } from './registry';

/** Different compounds (told apart by the first letters of what follows the name) that make the name a noun: two
 * is what a place's name reaches ("Gazastreifen", "Gazakrieg"). */
const COMPOUNDS = 3;
/** Letters after the name for a compound (fewer is a case ending, "Berlins"), and those that tell two apart
 * ("Fleischmarkt", "Fleischmarkts" are one). */
const TAIL = 4;

/** The distinct compounds the text opens with `name` as written, glued to a lower-case word, leaving out the
 * adjectives and demonyms a name makes ("Duisburgerinnen", "Hamburger"). */
export function compoundsOf(text: string, name: string, rules: Rules): number {
  const tails = new Set<string>();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/\p{L}/u.test(text[at - 1] ?? '')) continue;
    const tail = /^\p{Ll}+/u.exec(text.slice(at + name.length, at + name.length + 40))?.[0];
    if (!tail || tail.length < TAIL || rules.demonymEndings.some((e) => tail.startsWith(e))) continue;
    tails.add(tail.slice(0, TAIL));
  }
  return tails.size;
}

/** A name of its own whatever the text glues to it: a country, a capital, a region, an organisation's head word,
 * an acronym. */
function namedAnyway(p: PartyRecord, gaz: Gazetteer, rules: Rules): boolean {
  const k = norm(p.name);
  return gaz.names.has(k) || gaz.capitals.has(k) || gaz.demonyms.has(k) || regionNames().has(k) || isOrgHead(p.name, rules) || allUpper(p.name);
}

/** Drop the one-word places and bodies that the text uses as common nouns in its compounds. */
export function dropCompoundStems(reg: Registry, rules: Rules, gaz: Gazetteer) {
  for (const p of reg.live()) {
    if (p.parts.length !== 1 || (p.kind !== 'place' && p.kind !== 'organization') || !p.mentions.length || namedAnyway(p, gaz, rules)) continue;
    if (compoundsOf(reg.text, p.name, rules) >= COMPOUNDS) reg.drop(p);
  }
}
