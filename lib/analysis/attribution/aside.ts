// "Cory James, 22, of Flint, Mich., said", "Clinton, during a town hall in Columbus, Ohio, said": the phrase read back
// from the verb ends on a place, the last part of an aside between commas (an age, where the person is from, where
// they spoke); the subject is the person the aside follows, not the place.

import { backwardMention } from './subject';
import type { MentionSpan } from './mention';
import { startsLower } from '../letters';
import type { Doc } from './site';

const PLACE_KINDS = new Set(['place', 'country']);
const TOWN_BEFORE = /\s\p{Lu}[\p{L}.’'-]*$/u;

/** The person before the comma-bounded asides that end on the place `bm`, else bm. */
export function throughAside(doc: Doc, a: number, bm: MentionSpan): MentionSpan {
  const { text, reg } = doc;
  const inside = reg.within(bm.s, bm.e);
  if (!inside.length || !inside.every((m) => PLACE_KINDS.has(reg.get(m.party).kind))) return bm;
  // "…, of Flint, Mich.,": the place is a segment of its own after a town ("City, State"); not "the campaign of the
  // senator from Pennsylvania saying"
  let end = text.lastIndexOf(',', bm.s);
  if (end <= a || text.slice(end + 1, bm.s).trim() || !TOWN_BEFORE.test(text.slice(Math.max(a, end - 40), end))) return bm;
  // the segments between commas before the place, from the last: asides are skipped, a person ends the search
  for (let guard = 0; end > a && guard < 4; guard++) {
    const start = Math.max(a, text.lastIndexOf(',', end - 1) + 1);
    const seg = text.slice(start, end).trim();
    const last = reg.within(start, end).filter((m) => m.e <= end).pop();
    if (last && reg.get(last.party).kind === 'person' && !text.slice(last.e, end).trim()) {
      return backwardMention(text, start, end, doc.rules) ?? { s: last.s, e: last.e };
    }
    if (!aside(doc, seg, start, end)) return bm;
    end = start - 1;
  }
  return bm;
}

/** An aside: a number (an age), a place, or words opening in lower case ("of Flint", "during a town hall in …"). */
function aside(doc: Doc, seg: string, s: number, e: number): boolean {
  if (/^\d+$/.test(seg) || startsLower(seg)) return true;
  const inside = doc.reg.within(s, e);
  return inside.length > 0 && inside.every((m) => PLACE_KINDS.has(doc.reg.get(m.party).kind));
}
