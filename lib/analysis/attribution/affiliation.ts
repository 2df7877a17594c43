// "Michael Hanlon of the Brookings Institution said", "Anders Levermann vom Institut für Klimaforschung sprach": the
// subject phrase read back from the verb ends on the body a person belongs to; the person before it is the subject.
// A relative pronoun before the verb stands for the phrase before its comma.

import type { MentionSpan } from './mention';
import type { Doc } from './site';
import { SUBJECT_RELATIVE, backwardMention } from './subject';
import { throughAside } from './aside';
import { throughRole } from './role-aside';
import { letterRunStart, spaceRunStart } from '../text/props';

/** The subject phrase ending at `b` (right before a verb), read back no earlier than `a`; after a relative pronoun
 * ("the Farmers Union, which said …", "Maria Keller, who told …"), the phrase the relative clause hangs on. */
export function subjectBack(doc: Doc, a: number, b: number): MentionSpan | null {
  const rel = relativeBefore(doc.text.slice(Math.max(a, b - 20), b));
  const end = rel && SUBJECT_RELATIVE.test(rel.word) ? b - rel.length : b;
  const bm = backwardMention(doc.text, a, end, doc.rules);
  if (!bm || end === b) return bm && affiliated(doc, a, throughRole(doc, a, throughAside(doc, a, bm)));
  // (the words for the speaker run on to the relative pronoun, the clause's own subject: "Maria Keller, who"; not
  // over a place in between, which would be read as the speaker)
  const ante = notWhere(doc, a, bm);
  return ante !== bm ? affiliated(doc, a, ante) : { s: affiliated(doc, a, bm).s, e: b - /\s*$/.exec(doc.text.slice(end, b))![0].length };
}

/** "the Dialogue Group in Turkey, which says": a place after a preposition of place is where the antecedent is. */
function notWhere(doc: Doc, a: number, bm: MentionSpan): MentionSpan {
  const place = doc.reg.within(bm.s, bm.e).some((x) => ['place', 'country'].includes(doc.reg.get(x.party).kind));
  const prep = /(\p{L}+)\s+$/u.exec(doc.text.slice(Math.max(a, bm.s - 15), bm.s));
  if (!place || !prep || !doc.rules.locatives.has(prep[1]!.toLowerCase())) return bm;
  return backwardMention(doc.text, a, bm.s - prep[0].length, doc.rules) ?? bm;
}
/** ", which " ending `t`: the word after the comma and the length from the comma on, as `/,\s*(\p{L}+)\s+$/u`
 * matches it (by a scan: no property pattern compiled on a cold page). */
export function relativeBefore(t: string): { word: string; length: number } | null {
  const end = t.trimEnd().length, s = letterRunStart(t, end), comma = spaceRunStart(t, s) - 1;
  return end < t.length && s < end && t[comma] === ',' ? { word: t.slice(s, end), length: t.length - comma } : null;
}

/** The person named right before the words that tie them to the body in `bm` ("of the", "vom"), else bm. */
export function affiliated(doc: Doc, a: number, bm: MentionSpan): MentionSpan {
  const { text, reg, rules } = doc;
  if (!rules.affiliations.length || bm.s <= a) return bm;
  // (from the start of the body's own name when the phrase holds only its end: "… für Klimaforschung")
  const s = reg.within(a, bm.e).find((x) => x.s <= bm.s && x.e >= bm.e)?.s ?? bm.s;
  // the person's name ends right before a link word ("of the") that ends right before the body
  const owner = reg.within(Math.max(a, s - 80), s).filter((x) => x.e < s).pop();
  if (!owner || reg.get(owner.party).kind !== 'person') return bm;
  const gap = text.slice(owner.e, s);
  const link = gap.replace(/\s+/g, ' ').trim().toLowerCase();
  return /^\s/.test(gap) && /\s$/.test(gap) && rules.affiliations.includes(link) ? { s: owner.s, e: owner.e } : bm;
}
