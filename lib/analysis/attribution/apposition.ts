// The head of an apposition is who the noun phrase is about: in "Le colistier de Marc Durand, Paul Lefèvre, a dit"
// and "Mark Dalton’s running mate, Paul Fisher, said" the subject is the name set between commas, not the name in
// the modifier before it ("de …", "of …", "…’s"). Structure only: a comma pair after a phrase that holds a name.

import type { Mention } from '../parties';
import { isNameRun } from './mention';
import type { Doc } from './site';
import type { Speakers, Who } from './speakers';

/** Words that make what follows a modifier of the noun before ("the running mate of …", "le colistier de …"). */
const OF_WORD = /(?:^|\s)(?:of|for|de|des|du|d’|d'|von|vom|der|del|de la|di|della|do|da|dos|das|van)\s*$/i;
/** A possessive after the name ("Dalton’s", "Durand's"). */
const POSSESSIVE = /^[’']s?(?![\p{L}])/u;
/** After the modified name: the rest of its phrase, no clause break, then the apposed name between commas. */
const APPOSED = /^((?:[’']s?)?[^,.;:!?“”«»„"()\n]{0,60},\s+)([^\s,.;:!?“”«»„"()]+(?:\s+[^\s,.;:!?“”«»„"()]+){0,4})\s*,/u;

export interface Apposed { s: number; e: number }

/** The name in apposition to the phrase whose modifier holds the mention m ("de m, NAME," / "m’s …, NAME,"). */
export function apposedName(doc: Doc, m: Mention): Apposed | null {
  const { text } = doc;
  if (!inModifier(doc, m)) return null;
  const am = APPOSED.exec(text.slice(m.e, m.e + 160));
  if (!am || !isNameRun(am[2]!) || !am[2]!.includes(' ')) return null;
  const s = m.e + am[1]!.length;
  return { s, e: s + am[2]!.length };
}

/** The mention m stands in the modifier of a noun ("le colistier de m", "m’s running mate"): it is not the subject. */
export function inModifier(doc: Doc, m: Mention): boolean {
  return OF_WORD.test(doc.text.slice(Math.max(0, m.s - 8), m.s)) || POSSESSIVE.test(doc.text.slice(m.e, m.e + 3));
}

/** The person mention m is in apposition to a phrase whose modifier holds another name, that mention (else null). */
export function modifierOfHead(doc: Doc, m: Mention, sentStart: number): Mention | null {
  const p = doc.reg.lastBefore(m.s, m.s - sentStart, (_, x) => x.e <= m.s && x !== m);
  const a = p && apposedName(doc, p);
  return a && a.s === m.s ? p : null;
}

/** The speaker a person mention stands for when it sits in a modifier: the apposition's person (found or added). */
export function headFor(doc: Doc, book: Speakers, m: Mention): Who | null {
  const a = apposedName(doc, m);
  if (!a) return null;
  const inside = doc.reg.within(a.s, a.e), kind = (x: Mention) => doc.reg.get(x.party).kind;
  const named = inside.filter((x) => kind(x) === 'person');
  if (named.length) return doc.reg.get(named[named.length - 1]!.party).id;
  // the whole name, typed otherwise by the tagger ("JD Vance" as an organisation): still who the phrase is about
  const whole = inside.find((x) => x.s === a.s && x.e === a.e && kind(x) !== 'country');
  if (whole) return doc.reg.get(whole.party).id;
  // a name the tagger missed: a person the story names, all the same
  return inside.length ? null : book.add(doc.text.slice(a.s, a.e), 'person', a.s);
}

/** Between a person's name and a name in the modifier of the role apposed to it: "Abdullah bin Zayed, Außenminister
 * der Vereinigten …" (the role, an "of" word, then only capitalised words). */
const HEAD_GAP = /^[^,.;:!?“”«»„"()\n]{0,30},\s+\p{L}[^,.;:!?“”«»„"()\n]{0,50}\s(?:of|of the|de|des|du|de la|der|des|del|di|della|van|von|vom)\s+(?:\p{Lu}\p{L}*\s+){0,2}$/u;

/** The person whose apposed role has m in its modifier ("Abdullah bin Zayed, Außenminister der Vereinigten Arabischen
 * Emirate,": the minister, not the country), else null. */
export function describedHead(doc: Doc, m: Mention): Mention | null {
  const p = doc.reg.lastBefore(m.s, 120, (_, x) => x.e <= m.s && x !== m);
  return p && doc.reg.get(p.party).kind === 'person' && HEAD_GAP.test(doc.text.slice(p.e, m.s)) ? p : null;
}
