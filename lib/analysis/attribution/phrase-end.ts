// Where a speaker's noun phrase ends although a name could go on there: the phrase a reader takes as the speaker is
// the noun, its article and what it is of, never whom the words were said to nor a measure of the person.

import { everyLanguage, type Rules } from '../../rules/languages';
import { startsLower } from '../letters';

interface W { w: string }

/** Links that say whose or what the head is ("la madre de los menores", "the head of the agency", "ein Vertreter
 * der Behörde"): shared with person-noun.ts, which cuts a description's head before them. */
export const OF_LINKS = everyLanguage('ofLinks');

/**
 * ws[k] closes the phrase before it:
 * - a word introducing whom the words were said to, right after a common noun ("ein Vertreter eines
 *   Nachrichtendienstes zu CORRECTIV"): such a word is a name's particle only inside a name ("Karl-Theodor zu
 *   Guttenberg"), never after a noun its article heads;
 * - "of" before a number ("la mujer de 35 años de edad"): a measure of the person, not whose the head is.
 */
export function endsNounPhrase(ws: readonly W[], k: number, rules: Rules): boolean {
  const l = ws[k]?.w.toLowerCase() ?? '';
  if (k >= 2 && rules.recipients.has(l) && articleHeaded(ws, k - 1, rules)) return true;
  return k >= 1 && OF_LINKS.has(l) && /^\d/.test(ws[k + 1]?.w ?? '');
}

/** ws[j] is the noun an article heads: only lower-case words (adjectives) stand between them. */
function articleHeaded(ws: readonly W[], j: number, rules: Rules): boolean {
  let i = j - 1;
  while (i >= 0 && startsLower(ws[i]!.w) && !rules.determiners.has(ws[i]!.w.toLowerCase())) i--;
  return i >= 0 && rules.determiners.has(ws[i]!.w.toLowerCase());
}
