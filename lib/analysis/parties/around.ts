// What stands around a name that says it names no party of its own: a unit after a number ("1,5 Grad Celsius"), and
// when a body before a role is its holder's employer, named again in the text ("Walt Disney Co. executive Kevin Mayer").

import { escapeRegExp } from '../../chars';
import { isOrgHead } from './lexicon';
import { norm } from './registry';
import type { Word } from './words';
import { PARTY_FILTER } from '../weights';
import type { Candidate, ClassifyContext } from './classify';

/** The body's own word (its last before the heads that end it: "Disney" of "Walt Disney Co.") stands elsewhere in
 * the text too. */
export function namedAgain(c: ClassifyContext, words: Word[]): boolean {
  const own = [...words].reverse().find((w) => w.cap && !isOrgHead(w.t, c.rules));
  if (!own) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(own.t)}(?![\\p{L}\\p{N}])`, 'gu');
  return (c.reg.text.match(re)?.length ?? 0) >= 2;
}

/** A capitalised word right after the role word `next` that follows the name ending at `e`. */
export function holderAfter(text: string, e: number, next: string): boolean {
  const after = text.slice(e, e + 40), at = after.indexOf(next);
  return at >= 0 && /^\s+\p{Lu}\p{Ll}/u.test(after.slice(at + next.length));
}

/** "um 1,5 Grad Celsius", "40 Fahrenheit": a name right after a number (not a year) is its unit or an address
 * ("520 Third Street"), unless the tagger is sure of it. */
export function afterMeasure(c: ClassifyContext, cand: Candidate, words: Word[], name: string): boolean {
  // ("10 Downing Street" is the government's seat, which the gazetteer knows; "all 21 Montana Freedom Caucus members"
  // counts a body's members)
  if ((cand.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || c.gaz.capitals.has(norm(name)) || c.gaz.names.has(norm(name))) return false;
  if (words.some((w) => isOrgHead(w.t, c.rules))) return false;
  // (a number of its own, one space before the name: "@trevorjd14 Trevor", a table's "23  Ricky Stenhouse Jr." are none)
  const m = /(?:^|[^\p{L}\p{N}])(\d+(?:[.,]\d+)?) $/u.exec(c.reg.text.slice(Math.max(0, words[0]!.s - 12), words[0]!.s));
  return !!m && !/^\d{4}$/.test(m[1]!);
}
