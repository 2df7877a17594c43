// "Thüringer Schwein", "Kiewer Fachkreisen": where adjectives of place are capitalised (German), a name that opens
// with one is a thing or a group of that place, never a person. An adjective of place is known by its ending
// (rules.placeAdjectives: "er" of Berlin, "er" for "en" of Thüringen, "ner" for "en" of München) on a place the
// gazetteer or the text's own places name; a given name with that ending ("Alexander", "Volker") stems to none.

import type { Rules } from '../../rules/languages';
import type { Gazetteer } from './countries';
import type { Registry } from './registry';

/** The ending rewrites: "er>" (Berlin-er), "er>en" (Thüring-er/-en), "ner>en" (Münch-ner/-en). */
const rewrites = (rules: Rules) => rules.placeAdjectives.map((r) => r.split('>') as [string, string?]);

/** The places a word may be the adjective of, lower case. */
export function placeStems(word: string, rules: Rules): string[] {
  const l = word.toLowerCase();
  return rewrites(rules).filter(([end]) => l.endsWith(end) && l.length > end.length + 2).map(([end, add]) => l.slice(0, l.length - end.length) + (add ?? ''));
}

/** The places of a text: the gazetteer's countries and capitals, and the parties the text names as places. */
export function knownPlaces(reg: Registry, gaz: Gazetteer): (l: string) => boolean {
  const own = new Set(reg.live().filter((p) => p.kind === 'place' || p.kind === 'country').flatMap((p) => [p.parts.join(' '), p.parts[p.parts.length - 1]!]));
  return (l) => own.has(l) || gaz.names.has(l) || gaz.capitals.has(l);
}

/** The word is an adjective of a place the text or the gazetteer knows. */
export const isPlaceAdjective = (word: string, rules: Rules, known: (l: string) => boolean) => placeStems(word, rules).some(known);
