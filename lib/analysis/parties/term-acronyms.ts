// "die allgemeinen Geschäftsbedingungen (AGB)", "a government of national unity (GNU)", "CCTV (closed-circuit
// television)": an acronym the text spells out as a common noun phrase, its first word in lower case, shortens a
// thing or a notion, not a body's own name. Written in capitals everywhere else, it would pass for an organisation.

import type { Rules } from '../../rules/languages';
import { startsLower, startsUpper } from '../letters';
import { upperRun } from '../text/props';
import { acronymFits } from './acronyms';
import { isOrgHead } from './lexicon';
import { wordsThenParens } from './paren-acronyms';

/** A word in parentheses ("(GNU)"; no property class, which a cold page would compile for nothing). */
const PAREN_WORD = /[(（]([^\s()（）]{2,6})[)）]/g;
/** The text before a parenthesis back to the sentence's or the clause's stop. */
const CLAUSE_END = /[^.;:!?()（）\n]{1,160}$/;

/** `words` (the last `n` of a phrase) are a common noun phrase that spells `acr`: the first in lower case and no
 * function word, none an organisation's head ("ministerio de Exteriores" opens a body's name in lower case). */
function spellsAsPhrase(acr: string, words: string[], rules: Rules): boolean {
  const first = words[0]!;
  return startsLower(first) && !rules.functionWords.has(first) && !words.some((w) => isOrgHead(w, rules)) && acronymFits(acr, words, rules);
}

/** A common noun phrase of two to six words ending `before` spells `acr`; `opens` when `before` opens its sentence,
 * where the phrase's first word is capitalised as any word there ("Robotic process automation (RPA) …"). */
function endsWithPhrase(acr: string, before: string, rules: Rules, opens: boolean): boolean {
  const words = before.trim().split(/\s+/).map((w) => w.replace(/^[“"„«(]+|[,”"»]+$/g, '')).filter(Boolean);
  for (let n = 2; n <= Math.min(6, words.length); n++) if (spellsAsPhrase(acr, words.slice(words.length - n), rules)) return true;
  return opens && words.length >= 2 && words.length <= 6 && sentenceCased(words, rules) && spellsAsPhrase(acr, [words[0]!.toLowerCase(), ...words.slice(1)], rules);
}

/**
 * Only the first word capitalised, the others all in lower case and one of them no function word: a sentence's
 * opening in a language that capitalises every word of a body's name ("Boston Consulting Group"). Not where names
 * keep lower-case adjectives ("Rassemblement national", rules.lowerAdjectiveNames) nor where every noun is
 * capitalised (German: such a phrase is no sentence-case one).
 */
function sentenceCased(words: readonly string[], rules: Rules): boolean {
  if (rules.lowerAdjectiveNames || rules.nounsCapitalised || !startsUpper(words[0]!)) return false;
  const rest = words.slice(1);
  return rest.every((w) => startsLower(w)) && rest.some((w) => !rules.functionWords.has(w));
}

/** The clause `before` (ending at `end`) opens the text, a line or a sentence. */
function opensSentence(text: string, end: number, before: string): boolean {
  const lead = text.slice(0, end - before.length).replace(/[\s“"„«]+$/, '');
  return lead === '' || /[.!?\n]$/.test(lead);
}

/** The acronyms (upper case) the text spells out as common noun phrases, either way round. */
export function termAcronyms(text: string, rules: Rules): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PAREN_WORD)) {
    const before = CLAUSE_END.exec(text.slice(Math.max(0, m.index - 160), m.index))?.[0];
    if (before && upperRun(m[1]!, 2, 6) && endsWithPhrase(m[1]!, before, rules, opensSentence(text, m.index, before))) out.add(m[1]!);
  }
  for (const m of wordsThenParens(text)) {
    const words = m.inner.trim().split(/\s+/);
    if (upperRun(m.word, 2, 6) && words.length >= 2 && words.length <= 6 && spellsAsPhrase(m.word, words, rules)) out.add(m.word.toUpperCase());
  }
  return out;
}
