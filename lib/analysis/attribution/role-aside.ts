// "Louise Brown, Director of the Financial Crime Prevention agency, Advisense, compared …": the phrase read back from
// the verb ends on the body a person's role is held at, the last part of an apposition between commas; the subject
// is the person the role describes, named before it, not the body.

import { isSpeakerNoun, type MentionSpan } from './mention';
import type { Doc } from './site';

const BODY_KINDS = new Set(['organization']);

/** The person before the role aside and the body that end at `bm`, else bm. */
export function throughRole(doc: Doc, a: number, bm: MentionSpan): MentionSpan {
  const { text, reg } = doc;
  const inside = reg.within(bm.s, bm.e);
  if (!inside.length || !inside.every((m) => BODY_KINDS.has(reg.get(m.party).kind))) return bm;
  // ", Body": the body is a segment of its own, after a segment that opens on a role noun ("Director of …")
  const end = text.lastIndexOf(',', bm.s);
  if (end <= a || text.slice(end + 1, bm.s).trim()) return bm;
  const start = text.lastIndexOf(',', end - 1);
  if (start <= a) return bm;
  const role = /^\s*(\p{L}+)/u.exec(text.slice(start + 1, end))?.[1] ?? '';
  if (!isSpeakerNoun(role, doc.rules)) return bm;
  // the segment before the role is a person's name and nothing else
  const person = reg.within(a, start).filter((m) => m.e <= start).pop();
  if (!person || reg.get(person.party).kind !== 'person' || text.slice(person.e, start).trim()) return bm;
  // (and opens its own segment: "However, Louise Brown, …", not "a report by Louise Brown, …")
  const from = Math.max(a, text.lastIndexOf(',', person.s - 1) + 1);
  return text.slice(from, person.s).replace(/[“"‘„«]/g, '').trim() ? bm : { s: person.s, e: person.e };
}
