// "says veteran industry analyst Ken Doctor": a speaker phrase of modifiers and role nouns in lower case that ends in
// a run of capitalised words ends in the speaker's name, whether or not the tagger read the run as one (a surname
// that is also a common word or a title, "Doctor", "Baker"). The name is the run after the last lower-case word.

import type { Rules } from '../../rules/languages';
import { roleOf } from '../parties/lexicon';
import { isCapWord, isNameRun } from './mention';

/** The name at the end of a described speaker phrase (two or more capitalised words after a lower-case modifier or
 * role), or null. */
export function nameAtEnd(mt: string, rules: Rules): string | null {
  if (rules.nounsCapitalised || rules.unspaced) return null;
  const ws = mt.trim().split(/\s+/);
  let k = ws.length;
  while (k > 0 && isCapWord(ws[k - 1]!)) k--;
  // (a role in capitals opens the run: "analyst Senior Fellow Ann Ray" keeps the words after it)
  while (k < ws.length && (roleOf(ws[k]!, rules) || rules.functionWords.has(ws[k]!.toLowerCase()))) k++;
  const lead = ws.slice(0, k), name = ws.slice(k);
  // (described by words in lower case, one of them a role: "veteran industry analyst")
  if (name.length < 2 || !lead.length || !lead.every((w) => /^\p{Ll}/u.test(w)) || !lead.some((w) => roleOf(w, rules))) return null;
  const run = name.join(' ');
  return isNameRun(run) ? run : null;
}
