// "Amazon Alexa", "Nissan Connect", "Met Gala", "Tottenham Hotspur": a "person" of two or three words whose first
// word the tagger's data writes in names of places, bodies and things and never in a person's, that the tagger
// itself barely took for someone and that the text gives no person evidence but its capitals (person-evidence.ts),
// is a product, an event or a body named after its maker or its place. A given name opens a person's name; a
// brand or a place opens these. A wrong person is worse than none: it is a body where the tagger saw one, else left
// out. (A given name the data happens to list as a thing's, "Madison", "Georgia", comes with the tagger's
// confidence or the text's evidence: an age, a title, a quotation; or the name opens its sentence as the subject
// of its verb, "Tre Harbison rushed for 112 yards", where products and events are rarely found.)

import type { Rules } from '../../rules/languages';
import type { PartyRecord } from './registry';
import { PARTY_FILTER } from '../weights';
import { knownName, namesThings } from './known-names';
import { onlyShapeEvidence } from './person-evidence';

/** The "person" is a thing's name led by a brand's or a place's word. */
export function thingLed(p: PartyRecord, quotes: number, text: string, rules: Rules): boolean {
  // (a word the data knows as a person's with a case ending is a given name inflected: "Billa Clintona", Slovak)
  const first = p.parts[0]!;
  if (p.parts.length < 2 || p.parts.length > 3 || p.confidence >= PARTY_FILTER.unsurePerson || !namesThings(first) || knownName(first, rules)) return false;
  return !p.mentions.some((m) => m.subject) && onlyShapeEvidence(p, quotes, text, rules);
}

/** "Eve Door & Window", "Raspberry & Ginger Vodka Mule": a person's name never joins its words with an ampersand
 * (two people are listed with "and"); a "person" so named, however sure the tagger, is a firm's or a thing's name. */
export const ampersanded = (p: PartyRecord): boolean => p.name.includes(' & ');
