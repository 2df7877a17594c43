// "des Inselstaates Taiwan", "eines deutschen Dienstes CORRECTIV": where every noun is capitalised, a common noun in
// the genitive glued before a name is the name's epithet (the island state, a service), no part of it, whatever
// type the tagger gave the two words. The evidence is the grammar and the name's own form, not a list of nouns.

import type { Rules } from '../../rules/languages';
import type { Gazetteer } from './countries';
import type { Word } from './words';
import { caseStems } from './case-endings';
import { isTitleWord } from './lexicon';
import { norm } from './registry';
import { allUpper } from '../letters';

/** A name by its own form: a country the gazetteer knows, or a word in capitals ("CORRECTIV"). */
const ownName = (w: Word, gaz: Gazetteer) => gaz.names.has(norm(w.t)) || (w.t.length >= 3 && allUpper(w.t));

/** An article right before the word, or an article and one lower-case word (an adjective: "eines deutschen"). */
function afterArticle(w: Word, words: readonly Word[], rules: Rules): boolean {
  const p1 = words[w.i - 1], p2 = words[w.i - 2];
  if (!p1 || p1.cap && !p1.start) return false;
  return rules.determiners.has(p1.l) || (!p1.cap && !!p2 && rules.determiners.has(p2.l));
}

/** Two words, a noun with a case ending after an article (no title: "des Präsidenten X" is the title's) and a
 * name by its form: the noun is the epithet. */
export function genitiveEpithet(c: readonly Word[], words: readonly Word[], rules: Rules, gaz: Gazetteer): boolean {
  if (!rules.nounsCapitalised || c.length !== 2) return false;
  const [a, b] = c as [Word, Word];
  return a.cap && !a.acr && !a.start && !isTitleWord(a.t, rules) && caseStems(a.l, rules.nameEndings).length > 0
    && ownName(b, gaz) && afterArticle(a, words, rules);
}
