// "Michael Hanlon of the Brookings Institution said", "Anders Levermann vom Institut für Klimaforschung sprach": the
// subject phrase read back from the verb ends on the body a person belongs to; the person before it is the subject.

import type { MentionSpan } from './mention';
import type { Doc } from './site';
import { backwardMention } from './subject';

/** The subject phrase ending at `b` (right before a verb), read back no earlier than `a`. */
export function subjectBack(doc: Doc, a: number, b: number): MentionSpan | null {
  const bm = backwardMention(doc.text, a, b, doc.rules);
  return bm && affiliated(doc, a, bm);
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
