// "Joost van den Berg", "Ursula von der Leyen", "Maria das Dores Ferreira": the tagger often reads the given name and
// stops at the particles, leaving the surname after them alone (or reads the given name as something else). The
// particles that open a surname are per-language data (rules.surnameParticles); a surname is a capitalised word
// right after them, no place, body or function word. joinParticles (tagged.ts) already joins two tagged spans of a
// person across particles; these are the spans it has no second one for.

import type { Rules } from '../../rules/languages';
import type { Candidate } from './classify';
import type { Word } from './words';
import { placeAfterFullName } from './particle-places';
import { isOrgHead, isTitleWord, roleOf } from './lexicon';
import { countryOrCapital, gazetteer } from './countries';
import { knownName } from './known-names';

/** At most this many particles ("van den", "de la") and surname words after them ("Dores Ferreira"). */
const PARTICLES = 3;
const SURNAME = 2;

/** The particles right after word index `i`, one space apart, lower case: the index of the word after them. */
function afterParticles(words: readonly Word[], i: number, rules: Rules): number {
  let k = i + 1;
  while (k < words.length && k - i <= PARTICLES && words[k]!.joined && !words[k]!.cap && rules.surnameParticles.has(words[k]!.l)) k++;
  return k;
}

/** The surname's words from index `k`: capitalised, one space apart, none a place, a body's head or a function word. */
function surnameAt(words: readonly Word[], k: number, rules: Rules): Word[] {
  const gaz = gazetteer(rules.lang), out: Word[] = [];
  for (let j = k; j < words.length && out.length < SURNAME; j++) {
    const w = words[j]!;
    if (!w.cap || !w.joined || w.start || w.acr || rules.functionWords.has(w.l) || isOrgHead(w.t, rules)) break;
    if (countryOrCapital(gaz, w.t)) break;
    out.push(w);
    if (w.stop || w.poss) break;
  }
  return out;
}

/** After a given name alone ("Joost van den Berg") the particles open the surname; after a name in full they as
 * often open the place of an office ("Juan García de Sevilla", "Hans Beenakker van Tiel"): there the word after them
 * must be one the data knows as a person's ("Johann Wolfgang von Goethe"). */
function surnameFits(c: Candidate, surname: readonly Word[], rules: Rules): boolean {
  const named = c.words.filter((w) => w.cap && !isTitleWord(w.t, rules) && !roleOf(w.l, rules));
  return named.length <= 1 || knownName(surname[0]!.t, rules);
}

/** Where every noun is capitalised, an article and a noun follow anything ("Wahala den Galeriegründer", "von Objekt
 * zu Objekt"): there the particles may not open with an article, and the given name must be one the data knows. */
function nounsAllowed(c: Candidate, first: Word, rules: Rules): boolean {
  return !rules.nounsCapitalised || (!rules.determiners.has(first.l) && knownName(c.words.find((w) => w.cap)?.t ?? '', rules));
}

const spanOf = (c: Candidate, ws: readonly Word[], text: string, tagged: Candidate): Candidate => {
  const e = ws[ws.length - 1]!.e;
  return { ...tagged, words: [...c.words, ...ws.filter((w) => w.s >= c.e)], s: c.s, e, text: text.slice(c.s, e), tag: 'PER' };
};

/** The candidates, with a person's given names followed by particles and a surname the tagger left alone (or read
 * as a person of its own after a given name it read as something else) made one name. */
export function surnamesAfterParticles(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!, next = cands[i + 1];
    const last = c.words[c.words.length - 1]!;
    const k = afterParticles(words, last.i, rules);
    const person = c.tag === 'PER' || (c.words.length === 1 && knownName(last.t, rules));
    if (k === last.i + 1 || last.stop || last.poss || !person || !nounsAllowed(c, words[last.i + 1]!, rules)) { out.push(c); continue; }
    const surname = surnameAt(words, k, rules);
    const tail = surname.length ? { ...c, words: surname, s: surname[0]!.s, e: surname[surname.length - 1]!.e, text: '' } : null;
    if (!tail || placeAfterFullName(text, c, { ...tail, text: text.slice(tail.s, tail.e) }, rules) || !surnameFits(c, surname, rules)) { out.push(c); continue; }
    // the surname the tagger left alone; or its own person span of the surname, after a given name it read otherwise
    const ownSpan = !!next && next.tag === 'PER' && c.tag !== 'PER' && next.s === tail.s && next.e <= tail.e;
    if (c.tag === 'PER' && (!next || next.s >= tail.e)) out.push(spanOf(c, [...words.slice(last.i + 1, k), ...surname], text, c));
    else if (ownSpan) { out.push(spanOf(c, words.slice(last.i + 1, next.words[next.words.length - 1]!.i + 1), text, next)); i++; }
    else out.push(c);
  }
  return out;
}
