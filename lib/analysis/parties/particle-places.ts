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
  const name = escapeRegExp(next.text);
  const re = new RegExp(`(${LETTER}+)\\s+${name}(?!${LETTER})`, 'gu');
  for (const m of text.matchAll(re)) if (m.index + m[0].length - name.length !== next.s && rules.locatives.has(m[1]!.toLowerCase())) return true;
  return false;
}
