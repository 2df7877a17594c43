// How the text itself writes a word, whatever its language: a proper noun is written with a capital in the middle
// of sentences and never in lower case ("Hamás", "Nokia" repeated through a story); an adverb or connector is
// capitalised only where a sentence starts ("Además", "Meanwhile"). Structure, not word lists: the lists below
// (function words, months) only keep out words every language capitalises or repeats for other reasons.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import { REPEATED_NAME } from '../weights';

export interface WordUse {
  /** Written capitalised where no sentence starts. */
  capsMid: number;
  /** Written capitalised at a sentence start. */
  capsStart: number;
  /** Written in lower case. */
  lower: number;
  /** Written capitalised beside another capitalised word: part of a longer name ("Carder" of "Ian Carder"). */
  inName: number;
  /** Of those, written as the first word of the longer name ("Nike" of "Nike Tech"). */
  opensName: number;
}

/**
 * How often each word (by its lower-case form) is written capitalised mid-sentence, at a start, and in lower case.
 * A function word capitalised only because it opens the sentence ("La CGT a …") makes no name with the next word.
 */
export function wordUses(words: readonly Word[], rules: Rules): Map<string, WordUse> {
  const out = new Map<string, WordUse>();
  const nameCap = (x: Word | undefined): boolean => !!x?.cap && !(x.start && listed(x.l, rules));
  for (const w of words) {
    let u = out.get(w.l);
    if (!u) { u = { capsMid: 0, capsStart: 0, lower: 0, inName: 0, opensName: 0 }; out.set(w.l, u); }
    const prev = words[w.i - 1], next = words[w.i + 1];
    const after = w.cap && w.joined && nameCap(prev) && !w.start;
    if (w.cap && (after || (next?.joined && next.cap && !next.start && nameCap(w)))) { u.inName++; if (!after) u.opensName++; }
    if (!w.cap) u.lower++;
    else if (w.start) u.capsStart++;
    else u.capsMid++;
  }
  return out;
}

/** A word any language writes capitalised or repeats without it naming anyone (function words, months, days). */
function listed(l: string, rules: Rules): boolean {
  return rules.functionWords.has(l) || rules.notNames.has(l) || rules.dateHeads.has(l) || rules.notAlone.has(l)
    || rules.determiners.has(l) || rules.auxiliaries.has(l) || rules.clauseWords.has(l);
}

/**
 * A one-word proper noun by the text's own evidence: written capitalised mid-sentence several times, never in
 * lower case, and never inside or at the end of a longer name (a surname alone is that name's, merge.ts). A word
 * that opens longer names counts where the headline names it and the text writes it alone more often than so: a
 * brand beside its products ("Nike" six times, "Nike Tech" four), a team beside its full name, not a head noun
 * before a name ("le Village Augustin …") nor a given name used alone now and then. In a language that capitalises
 * every noun, only an acronym-like word ("KI" would be too short: at least two letters and all capitals) counts,
 * since a capital there says nothing of a name.
 */
export function isRepeatedName(w: Word, uses: ReadonlyMap<string, WordUse>, rules: Rules, headline: ReadonlySet<string> = new Set()): boolean {
  const u = uses.get(w.l);
  if (!u || u.lower > 0 || u.inName > u.opensName || w.l.length < 2) return false;
  if (u.opensName > 0 && (!headline.has(w.l) || u.capsMid + u.capsStart - u.inName <= u.opensName)) return false;
  if (u.capsMid < REPEATED_NAME.midSentence || u.capsMid + u.capsStart < REPEATED_NAME.mentions) return false;
  if (rules.nounsCapitalised && !w.acr) return false;
  return !listed(w.l, rules);
}

/** A word the text capitalises only where a sentence starts, and either writes in lower case too or lists as a
 * function word: a connector or an adverb ("Además insistió…"), not a name. */
export function onlyAtStarts(l: string, uses: ReadonlyMap<string, WordUse>, rules: Rules): boolean {
  const u = uses.get(l);
  if (!u || u.capsMid > 0) return false;
  return u.lower > 0 || listed(l, rules);
}

/** The headline's words, lower case. */
export const headlineWords = (title: string | null | undefined): Set<string> =>
  new Set((title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
