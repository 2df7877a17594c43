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
  // (from the start of the body's own name when the phrase holds only its end: "… für Klimaforschung")
  const s = reg.within(a, bm.e).find((x) => x.s <= bm.s && x.e >= bm.e)?.s ?? bm.s;
  if (!rules.affiliations.length || s <= a) return bm;
  const before = text.slice(Math.max(a, s - 40), s).toLowerCase();
  const link = rules.affiliations.find((l) => new RegExp(`\\s${escape(l)}\\s+$`).test(before));
  if (!link) return bm;
  const end = s - (/\s+$/.exec(before)![0].length + link.length);
  const owner = reg.within(a, end).filter((x) => /^\s*$/.test(text.slice(x.e, end))).pop();
  return owner && reg.get(owner.party).kind === 'person' ? { s: owner.s, e: owner.e } : bm;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
