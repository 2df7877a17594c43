// "masquerading as a Go-Kart Track on Instagram", "labeled herself a Grocery Store.": capitalised words right after an
// indefinite article, followed by no noun of their own, name a kind of thing written with capitals for effect, not a
// party. A named party after "a" is a modifier ("a Ford Motor plant", "an MK Party MP": a noun or more capitals
// follow), holds a body's head ("a Republican Party that …", "una Unión Europea en la que …", "a Budget
// Responsibility Committee"), is built as a proper name (a lower-case particle or a possessive between its capitals:
// "a USA Badminton Hall of Fame", "a Badminton Canada's Hall of Fame"; a kind written with capitals for effect is
// a noun phrase of capitals alone) or is written again.

import type { Word } from './words';
import type { Candidate, ClassifyContext } from './classify';
import { isOrgHead } from './lexicon';
import { PARTY_FILTER } from '../weights';

/** What may follow such a kind's name: the end of its clause, or a function word (checked apart). */
const CLAUSE_END = /^(?:[.,;:!?)”"’]|\s*$)/;

/** The candidate is several capitalised words after an indefinite article, with no noun after it, met once. */
export function namesAKind(c: ClassifyContext, cand: Candidate, words: readonly Word[]): boolean {
  const { rules, reg } = c;
  if (rules.nounsCapitalised || words.length < 2 || !rules.indefinites.has(cand.prevWord) || words[0]!.s !== cand.s) return false;
  if (!/^\p{L}+ $/u.test(reg.text.slice(cand.s - cand.prevWord.length - 1, cand.s)) || words.some((w) => isOrgHead(w.t, rules))) return false;
  if (words.some((w, i) => i < words.length - 1 && (w.poss || (!w.cap && rules.nameParticles.has(w.l))))) return false;
  if (cand.tag === 'PER' && (cand.confidence ?? 0) >= PARTY_FILTER.unsurePerson) return false;
  const end = words[words.length - 1]!.e, after = reg.text.slice(end, end + 20);
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (!CLAUSE_END.test(after) && !(next && (rules.conjunctions.has(next) || rules.functionWords.has(next)))) return false;
  const name = reg.text.slice(cand.s, end);
  return reg.text.indexOf(name, end) < 0 && reg.text.lastIndexOf(name, cand.s - 1) < 0;
}
