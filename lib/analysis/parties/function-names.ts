// "”Du måste förstå …”", "”Ditt jobb är …”": a pronoun or a possessive opening a quotation is capitalised, and the
// tagger may read it as a person. A one-word person whose word the language lists as a pronoun, a possessive or a
// function word is no one; nor is one the text writes capitalised only where a sentence starts and in lower case
// elsewhere, unless the tagger's data knows the word as a person's name (structure first, the lists for the rest).

import type { Rules } from '../../rules/languages';
import type { WordUse } from './repeated';
import { onlyAtStarts } from './repeated';
import { knownName } from './known-names';
import { caseless } from '../letters';

/** The word is one of the language's pronouns, possessives, determiners or function words. */
export const grammarWord = (l: string, rules: Rules): boolean =>
  rules.pronouns.has(l) || rules.genderWords.has(l) || rules.possessives.has(l) || rules.functionWords.has(l) || rules.reflexives.has(l);

/** A one-word name (lower case) that is a grammar word, or a common word capitalised only by its place. */
export function functionWordName(l: string, uses: ReadonlyMap<string, WordUse>, rules: Rules): boolean {
  // (a script without letter case has no lower-case form to go by: "김순옥")
  if (/\s/.test(l) || caseless(l)) return false;
  return grammarWord(l, rules) || (onlyAtStarts(l, uses, rules) && !knownName(l, rules));
}
