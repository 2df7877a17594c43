// Words the lists cut names at ("Just", "Los", "Domingo", "und") that the text's own evidence keeps inside a name:
// a function word capitalised inside a sentence before a name the text writes so again ("Just Stop Oil", "en Los
// Gallardos"), a weekday's name capitalised before a name where the text writes weekdays in lower case ("Domingo
// José Ramos Camacho" in Spanish), and a German compound elided to its hyphen ("für Polar- und Meeresforschung").

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import { weekdayNames } from '../../calendar-names';

/** Times a function word opening a name must be written so (the body and a headline in sentence case together). */
const REPEATS = 2;

/** Mark the words the text keeps inside names (Word.kept). `title`: the headline, evidence when in sentence case. */
export function markNameWords(text: string, words: readonly Word[], rules: Rules, title?: string | null) {
  const pairs = new Map<string, number>();
  // (after a space: "fortunate.The NCRB" is a sentence start the scanner missed)
  const opening = (w: Word, n: Word | undefined) => w.cap && !w.start && !w.acr && /\s/.test(text[w.s - 1] ?? '') && !!n?.cap && n.joined && !n.start;
  // (no preposition: "On Leadership", "Am Stichkanal" are a work's title, a street's)
  const article = (w: Word) => rules.functionWords.has(w.l) && !rules.clauseWords.has(w.l);
  for (const w of words) {
    const n = words[w.i + 1];
    if (opening(w, n) && article(w)) pairs.set(`${w.t} ${n!.t}`, (pairs.get(`${w.t} ${n!.t}`) ?? 0) + 1);
  }
  for (const [k, n] of pairs) pairs.set(k, n + (title && sentenceCase(title) ? midTitle(title, k) : 0));
  const lowerDays = writesWeekdaysLower(words, rules);
  for (const w of words) {
    const n = words[w.i + 1];
    if (!opening(w, n)) continue;
    if (article(w) && ((pairs.get(`${w.t} ${n!.t}`) ?? 0) >= REPEATS || titleCase(w, words, rules))) w.kept = true;
    else if (lowerDays && rules.notNames.has(w.l) && !rules.functionWords.has(words[w.i - 1]?.l ?? '')) w.kept = true;
  }
  markInnerWords(words, rules);
}

/** Times a name with a word in lower case inside must be written so. */
const INNER_REPEATS = 2;

/** "Dar es Salaam", "Bandar bin Ali": a word in lower case between two capitalised ones, that the lists know as no
 * particle of the language nor as a function word, that the text writes only there, and the three always together
 * and at least twice: one name, its inner word kept inside it (a name in another language's particles). */
function markInnerWords(words: readonly Word[], rules: Rules) {
  const total = new Map<string, number>(), triples = new Map<string, Word[]>();
  for (const w of words) total.set(w.l, (total.get(w.l) ?? 0) + 1);
  for (const w of words) {
    const a = words[w.i - 1], b = words[w.i + 1];
    if (w.cap || !a?.cap || !b?.cap || !w.joined || !b.joined || a.stop || w.l.length < 2 || !/^\p{Ll}+$/u.test(w.t)) continue;
    if (rules.functionWords.has(w.l) || rules.nameParticles.has(w.l) || rules.conjunctions.has(w.l)) continue;
    const key = `${a.t} ${w.t} ${b.t}`;
    triples.set(key, [...(triples.get(key) ?? []), w]);
  }
  for (const ws of triples.values()) {
    const n = ws.length, [a, , b] = [words[ws[0]!.i - 1]!, ws[0]!, words[ws[0]!.i + 1]!];
    if (n < INNER_REPEATS || total.get(ws[0]!.l) !== n || total.get(a.l) !== n || total.get(b.l) !== n) continue;
    for (const w of ws) w.kept = true;
  }
}

/** "and No Lean Season": a function word no article (an article opens a phrase before a name: "at The Hague
 * Tribunal"), capitalised inside a sentence before two capitalised words, is a title-cased name's first word. */
function titleCase(w: Word, words: readonly Word[], rules: Rules): boolean {
  const n = words[w.i + 1]!, m = words[w.i + 2];
  return !rules.orgArticles.has(w.l) && !rules.indefinites.has(w.l) && !rules.nameParticles.has(w.l) && !!m?.cap && m.joined && !m.start && !m.acr && !n.acr;
}

/** A headline in sentence case: some long word in it starts lower case (Title Case capitalises them all). */
const sentenceCase = (title: string) => title.split(/\s+/).some((t) => t.length > 3 && /^\p{Ll}/u.test(t));

/** How often the headline writes `pair` after its first word. */
function midTitle(title: string, pair: string): number {
  let n = 0;
  for (let at = title.indexOf(pair, 1); at > 0; at = title.indexOf(pair, at + 1)) if (/\s/.test(title[at - 1]!)) n++;
  return n;
}

/** The text writes a weekday's full name in lower case ("el domingo"): its language does not capitalise them. */
function writesWeekdaysLower(words: readonly Word[], rules: Rules): boolean {
  const days = weekdayNames(rules.lang);
  return words.some((w) => !w.cap && w.l.length >= 5 && days.has(w.l));
}

/** "Polar- und Meeresforschung": word j a conjunction after `prev` elided to its hyphen, and a capitalised word after
 * it: the index of that word, or -1. */
export function elidedCompound(text: string, words: readonly Word[], j: number, prev: Word, rules: Rules): number {
  const c = words[j], n = words[j + 1];
  if (!c || !n || text.slice(prev.e, c.s) !== '- ' || !rules.conjunctions.has(c.l) || !n.cap || !n.joined) return -1;
  return j + 1;
}

/** The word is a conjunction after a hyphen-elided compound part ("Polar- und"). */
export const afterElided = (text: string, w: Word, prev: Word | undefined) => !!prev && text.slice(prev.e, w.s) === '- ';
