// "Burgemeester Hans Beenakker van Tiel … de dijk bij Tiel": after a person named in full, a particle and a word the
// text elsewhere puts right after a preposition of place open the place of the person's office, not the rest of the
// surname ("Ludwig van Beethoven", a given name alone before the particle, is untouched).

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import { isTitleWord, roleOf } from './lexicon';
import { LETTER } from '../letters';
import { escapeRegExp } from '../../chars';

/** `prev` names a person with two name words besides titles and roles, and `next` (one word) stands elsewhere in the
 * text after one of the language's prepositions of place. */
export function placeAfterFullName(text: string, prev: Candidate, next: Candidate, rules: Rules): boolean {
  if (next.words.length !== 1) return false;
  const named = prev.words.filter((w) => w.cap && !isTitleWord(w.t, rules) && !roleOf(w.l, rules));
  if (named.length < 2) return false;
  // (the offset skipped is the escaped name's, as when this was a pattern: a name with a dot is not skipped)
  const own = next.s + escapeRegExp(next.text).length - next.text.length;
  return wordsBefore(text, next.text).some(([word, at]) => at !== own && rules.locatives.has(word.toLowerCase()));
}

const LETTER_RE = new RegExp(LETTER, 'u');
const isLetterAt = (s: string, i: number) => i >= 0 && i < s.length && LETTER_RE.test(s[i]!);
const isSpaceAt = (s: string, i: number) => /\s/.test(s[i]!);

/** The letter run before each `name` that ends no longer word, across white space, with the name's offset: what
 * `(LETTER+)\s+name(?!LETTER)` matches through the text, one match after another (the run begins after the last
 * match), found by indexOf instead of a pattern compiled for each name and run over the whole text. */
export function wordsBefore(text: string, name: string): [string, number][] {
  const out: [string, number][] = [];
  let from = 0;
  for (let q = text.indexOf(name, 1); q >= 0 && name; q = text.indexOf(name, q + 1)) {
    if (isLetterAt(text, q + name.length)) continue;
    let k = q;
    while (k > from && isSpaceAt(text, k - 1)) k--;
    let a = k;
    while (a > from && isLetterAt(text, a - 1)) a--;
    if (k === q || a === k) continue;
    out.push([text.slice(a, k), q]);
    from = q + name.length;
  }
  return out;
}
