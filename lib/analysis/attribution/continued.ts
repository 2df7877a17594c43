// "« A », écrit le chef du gouvernement travailliste. « B », souligne-t-il.": the pronoun that attributes the next
// quotation stands for the description just before it, so once the pronoun is resolved to a named person, the
// description is that person too. Runs after the ranker, on its answers; language-independent beyond the pronoun and
// article lists every language already has.

import { pronounOf } from './mention';
import { isBodyMention, personBetween } from './bodies';
import type { Doc } from './site';
import type { Speakers } from './speakers';
import type { Attributed } from './index';

/** A description the story does not name ("le chef du gouvernement"), definite: not a pronoun, not "a source". */
function unnamedDescription(doc: Doc, o: Attributed): boolean {
  if (o.who !== null || !o.mention) return false;
  const words = o.mention.toLowerCase().split(/[\s’']+/);
  return words.length >= 2 && doc.rules.determiners.has(words[0]!) && !doc.rules.indefinites.has(words[0]!) && pronounOf(o.mention, doc.rules) === undefined;
}

/** Each unnamed definite description whose next quotation, in the same paragraph, a pronoun resolved to a person. */
export function nameByContinuation(doc: Doc, book: Speakers, out: Attributed[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const o = out[i]!, next = out[i + 1]!;
    if (!unnamedDescription(doc, o) || next.q.para !== o.q.para || next.who === null || !next.mention) continue;
    const g = pronounOf(next.mention, doc.rules);
    if (!g || g === 'o' || g === 'n' || book.kind(next.who) !== 'person') continue;
    // a body ("le ministère") is nobody's person; a person named in between is whom the pronoun stands for
    if (isBodyMention(doc, o.mention) || personBetween(doc, o.q.end, next.q.open)) continue;
    o.who = next.who;
  }
}
