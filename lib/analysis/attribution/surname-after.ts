// "“…,” Will wrote.", "“…,” From said.": one capitalised word in the speaker's place right after a quotation, that a
// person of the story has for surname, is that person, even where the word is also a common one (a modal, a month,
// a preposition): the text spelled it with a capital in mid-sentence, after the named person was introduced.
// A party left with no mention (its mentions merged away) was never introduced: no match, no throw.

import type { Attr } from './after';
import type { Doc } from './site';
import { startsUpper } from '../letters';

export function surnameAfter(doc: Doc, a: Attr): boolean {
  if (!a.how.startsWith('after')) return false;
  const w = doc.text.slice(a.m.s, a.m.e).trim();
  if (!w || /\s/.test(w) || !startsUpper(w)) return false;
  const l = w.toLowerCase();
  return doc.reg.live().some((p) => p.kind === 'person' && p.parts.length > 1 && p.parts[p.parts.length - 1] === l && (p.mentions[0]?.s ?? Infinity) < a.m.s);
}
