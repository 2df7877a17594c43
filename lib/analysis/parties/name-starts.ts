// A sentence's first word glued to the name after it by the capitalised run around a tagger's span: "Remember New
// Jersey's quest", "Enter South Dakota to…", "Sowohl Trump als auch Biden". A capital at a sentence start says
// nothing; the text's own evidence and the tagger's do: the word is never written capitalised inside a sentence, no
// span of the tagger holds it, and the tagger left it out of its span (it judged the name to begin one word later,
// or the name without the word is written again elsewhere, or the language lists the word as a function word).
// Before a name the tagger calls neither a place nor a body only the last counts: a sentence opens with a given name
// more often than with anything, and the tagger mistypes people (before a body, the word must also be no given name
// in the tagger's data).

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import type { WordUse } from './repeated';
import { isOrgHead, isTitleWord } from './lexicon';
import { PARTY_FILTER } from '../weights';
import { knownName } from './known-names';
import { modifiesNext } from './thing-names';

/** The word opening a widened candidate, right before the tagger's own span, is a sentence's opener and no part
 * of the name. `named`: the lower-case words of the tagger's spans. */
function opener(c: Candidate, text: string, uses: ReadonlyMap<string, WordUse>, named: ReadonlySet<string>, rules: Rules): boolean {
  const w = c.words[0]!, next = c.words[1];
  // (an initial is a given name's: "L. Patikas")
  if (c.tagStart === undefined || !next || next.s > c.tagStart || !w.start || !w.cap || w.acr || w.kept || /^\p{L}\.?$/u.test(w.t)) return false;
  if ((uses.get(w.l)?.capsMid ?? 0) > 0 || named.has(w.l) || isTitleWord(w.t, rules) || isOrgHead(w.t, rules) || rules.placeHeads.has(w.l)) return false;
  if (next.s !== c.tagStart) return restAgain(c, text);
  const listed = rules.functionWords.has(w.l) || rules.conjunctions.has(w.l) || rules.auxiliaries.has(w.l);
  // (before a name the tagger does not call a place, the capitalised word may well be a given name: "Duduzile
  // Zuma-Sambudla had…", typed a body or a person; where every noun is capitalised it may be a noun of the name)
  if (listed) return true;
  if ((c.tag !== 'LOC' && c.tag !== 'ORG') || rules.nounsCapitalised) return false;
  const own = text.slice(c.tagStart, c.tagEnd ?? c.e);
  // ("Merritt Island" written so again, or a tagged head alone, "Island", is one name)
  const rest = c.words.slice(1);
  if (text.indexOf(c.text) !== text.lastIndexOf(c.text) || (rest.length === 1 && (isOrgHead(rest[0]!.t, rules) || rules.placeHeads.has(rest[0]!.l)))) return false;
  const again = text.indexOf(own) !== text.lastIndexOf(own), later = c.before !== undefined && c.before < PARTY_FILTER.widenBefore;
  // ("Recent Samsung smart TVs": before a body's name that modifies a noun, a word no person's name in the tagger's
  // data, that the tagger left out and the text leaves off elsewhere; "Nomvula Zuma-Khumalo had" keeps its given name)
  if (c.tag === 'ORG') return again && later && !knownName(w.t, rules) && modifiesNext(text, c.e, rules);
  return again || later;
}

/** "Contact Dear Abby at …" beside "Dear Abby is written by …": the run's words after its first, two or more before
 * the tagger's span, stand as a name elsewhere in the text, and the run whole stands nowhere else: a sentence's
 * opener was glued to a name the text writes without it. (A given name before a full name is written with it again,
 * or its surname alone is: one word.) */
function restAgain(c: Candidate, text: string): boolean {
  const rest = text.slice(c.words[1]!.s, c.e);
  const count = (s: string) => { let n = 0; for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) n++; return n; };
  return count(c.text) === 1 && count(rest) > 1;
}

/** The candidate without a sentence's opener glued before the tagger's span (the candidate itself otherwise). */
export function withoutOpener(c: Candidate, text: string, words: readonly Word[], uses: ReadonlyMap<string, WordUse>, named: ReadonlySet<string>, rules: Rules): Candidate {
  if (!opener(c, text, uses, named, rules)) return c;
  const ws = c.words.slice(1), s = ws[0]!.s, pi = ws[0]!.i;
  return { ...c, words: ws, s, text: text.slice(s, c.e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}

/** "Legt Eure Handys weg", "Jeglicher Kontakt mit …": a capitalised run with a possessive, a quantifier or a
 * negative article in it (rules.nounOpeners; the run may have taken in a verb before it: "Legt") is a noun phrase,
 * whoever tagged it. The words after the opener stay only when two or more of them are left (a name the phrase
 * governs), else the candidate goes (null). */
export function withoutNounOpener(c: Candidate, text: string, words: readonly Word[], rules: Rules): Candidate | null {
  const k = c.words.findIndex((w) => rules.nounOpeners.has(w.l));
  if (k < 0) return c;
  if (c.words.length - k < 3) return null;
  const ws = c.words.slice(k + 1), s = ws[0]!.s, pi = ws[0]!.i;
  return { ...c, words: ws, s, text: text.slice(s, c.e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}
