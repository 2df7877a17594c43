// "According to Gauteng Cogta": a "person" of two or three words whose first word is a place the same text names on
// its own is a body or an office of that place (its department, its police, its council), as thing-led.ts reads a
// brand's word opening a name. A given name opens a person's name; the text's own place seldom does. Only where the
// text gives no person evidence but its capitals (person-evidence.ts) and the name is no subject opening its
// sentence; a word the data knows as a given name ("Georgia", "Jordan") is left alone. The tagger's confidence is
// not asked: it was 0.72 on "Gauteng Cogta", read by its shape alone.

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { knownName } from './known-names';
import { onlyShapeEvidence } from './person-evidence';
import { kindOf } from './kinds';

/** The "person" is led by the name of a place (or a country) that is a party of the text of its own. */
export function placeLed(p: PartyRecord, quotes: number, reg: Registry, rules: Rules): boolean {
  const first = p.parts[0]!;
  if (p.parts.length < 2 || p.parts.length > 3 || knownName(first, rules)) return false;
  const place = reg.find(first);
  // (not the person's own given name that the tagger read as a place where it stood alone: "Doria, 67, said")
  if (!place || place === p || !place.mentions.length || place.evidence.person > 0) return false;
  const k = kindOf(place, rules);
  return (k === 'place' || k === 'country') && !p.mentions.some((m) => m.subject) && onlyShapeEvidence(p, quotes, reg.text, rules);
}
