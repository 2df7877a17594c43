// "Thüringer Schwein", "Kiewer Fachkreisen": where adjectives of place are capitalised (German), a name that opens
// with one is a thing or a group of that place, never a person, and, where the text names the place itself, no place
// unless its head is a place's ("Kölner Dom"). An adjective of place is known by its ending
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
  const own = textPlaces(reg);
  return (l) => own(l) || gaz.names.has(l) || gaz.capitals.has(l);
}

/** The word is an adjective of a place the text or the gazetteer knows. */
export const isPlaceAdjective = (word: string, rules: Rules, known: (l: string) => boolean) => placeStems(word, rules).some(known);

/** The places the text names as parties of their own (lower case), and the last parts of their names. */
export function textPlaces(reg: Registry): (l: string) => boolean {
  const own = new Set(reg.live().filter((p) => p.kind === 'place' || p.kind === 'country').flatMap((p) => [p.parts.join(' '), p.parts[p.parts.length - 1]!]));
  return (l) => own.has(l);
}

/** "Kiewer Fachkreisen" beside "Kiew": a place's adjective before a noun that is no place's head (not "Kölner Dom",
 * "Frankfurter Flughafen") says what of that place the text means, and the text names the place itself: no place of
 * its own. */
export function placeThing(parts: readonly string[], rules: Rules, named: (l: string) => boolean): boolean {
  if (parts.length < 2 || !placeStems(parts[0]!, rules).some(named)) return false;
  const head = parts[parts.length - 1]!.toLowerCase();
  return ![...rules.placeHeads, ...rules.facilities, ...rules.namedPlaceHeads].some((h) => head.endsWith(h));
}
