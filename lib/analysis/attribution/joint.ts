// "Ford and Fry replied": names joined by "and" speak together. A careful reader credits both people, never one of
// them alone; the speaker is written with each person's full name, in the text's own words between them.

import type { Attributed } from './index';
import type { Doc } from './site';
import type { Speakers, Who } from './speakers';

/** How far from its quotation a speaker's words are looked for. */
const REACH = 400;

/** Where the speaker phrase `m` stands nearest the quotation (-1: not near it). */
function locate(text: string, m: string, a: Attributed): number {
  const before = text.lastIndexOf(m, a.q.start), after = text.indexOf(m, a.q.end);
  const db = before >= 0 ? a.q.start - before : Infinity, da = after >= 0 ? after - a.q.end : Infinity;
  const d = Math.min(db, da);
  return d > REACH ? -1 : db <= da ? before : after;
}

/** The persons the phrase at [s, e) joins with conjunctions ("Ford and Fry", "Fox, Calderón and Peña"), in order. */
function joined(doc: Doc, s: number, e: number): { who: number; s: number; e: number }[] | null {
  const ms = doc.reg.within(s, e).filter((x) => doc.reg.get(x.party).kind === 'person');
  if (ms.length < 2) return null;
  for (let i = 1; i < ms.length; i++) {
    const gap = doc.text.slice(ms[i - 1]!.e, ms[i]!.s).trim().replace(/^,\s*/, '').toLowerCase();
    // (only a comma between all but the last two: "Fox, Calderón and Peña")
    if (!(gap === '' && i < ms.length - 1) && !doc.rules.conjunctions.has(gap) && gap !== '&') return null;
    if (gap === '' && !/,\s*$/.test(doc.text.slice(ms[i - 1]!.e, ms[i]!.s))) return null;
  }
  const ids = ms.map((x) => doc.reg.get(x.party).id);
  return new Set(ids).size === ids.length ? ms.map((x, i) => ({ who: ids[i]!, s: x.s, e: x.e })) : null;
}

/** The joint speaker's name: the phrase from the first person to the last, each written in full. */
function jointName(doc: Doc, book: Speakers, ps: { who: Who; s: number; e: number }[]): string {
  let out = '';
  ps.forEach((p, i) => { out += (i ? doc.text.slice(ps[i - 1]!.e, p.s) : '') + book.name(p.who); });
  return out.replace(/\s+/g, ' ');
}

/** Marks each quotation whose speaker phrase joins several persons, one of whom the cascade chose, as theirs. */
export function markJoint(doc: Doc, book: Speakers, out: Attributed[]): void {
  for (const a of out) {
    if (a.who === null || !a.mention) continue;
    const at = locate(doc.text, a.mention, a);
    const ps = at >= 0 ? joined(doc, at, at + a.mention.length) : null;
    if (!ps || !ps.some((p) => p.who === book.id(a.who!))) continue;
    a.joint = { who: ps.map((p) => p.who), name: jointName(doc, book, ps) };
  }
}
