// Two quotations one connective apart, the connective written against the first one's closing mark: Korean
// "“A”라거나 “B” 같은 글을 남겼다", Japanese "「A」や「B」といった投稿", Chinese "“A”或“B”". The particle ties the two
// to one verb of the sentence, so they share its speaker; languages that write the connective as a word of its own
// ("“A” or “B”") are read from their conjunction lists.

import { isLetter } from '../letters';

/** Longest connective taken (라거나, 이라든가, とか, 或者). */
const MAX_LETTERS = 4;

/** The text between a quotation's closing mark and the next one's opening mark is a connective glued to the first:
 * letters from the mark on, then at most white space. */
export function gluedConnective(gap: string): boolean {
  const word = gap.trimEnd();
  return word.length > 0 && word.length <= MAX_LETTERS && [...word].every((c) => isLetter(c));
}
