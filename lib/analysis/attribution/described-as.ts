// "erklärt der Endokrinologe" after "… erklärt Endokrinologe und Ernährungsmediziner Andreas Pfeiffer": a
// description whose noun no word list knows stands for the person the text introduced with that same noun, right
// before the name or in apposition after it (evidence from the text's own repetition, in any language).

import { insideQuote, type Doc } from './site';
import type { Who } from './speakers';

/** How far back the introduction may be. */
const INTRODUCED_WINDOW = 3000;
/** How much text beside a name is read for its introduction. */
const BESIDE = 48;
/** A noun shorter than this is too common a word ("man") to match inside another. */
const COMPOUND_MIN = 5;

/** The person named nearest before `pos` whom the text introduced with `noun` (lower case), or null. */
export function describedAs(doc: Doc, pos: number, noun: string): Who | null {
  if (noun.length < 3) return null;
  const m = doc.reg.lastBefore(pos, INTRODUCED_WINDOW, (p, x) => p.kind === 'person' && !insideQuote(doc, x.s) && introducedWith(doc, x.s, x.e, noun));
  return m ? doc.reg.get(m.party).id : null;
}

/** The noun stands right before the name ("Osnabrücker Leseforscher Christian Dawidowski", "Endokrinologe und
 * Ernährungsmediziner Andreas Pfeiffer", not "identificado por las autoridades gazatíes como Hassan …") or among the
 * first words of an apposition after it ("Kai Brandt, Neurologe an der Charité"). */
function introducedWith(doc: Doc, s: number, e: number, noun: string): boolean {
  const before = doc.text.slice(Math.max(0, s - BESIDE), s).split(/[\s,]+/).filter(Boolean);
  const at = before.findLastIndex((w) => isNoun(w, noun));
  // (after the noun only a short word, "und", "and", or a capitalised one, "Ernährungsmediziner", before the name)
  if (at >= 0 && before.length - at <= LEAD_WORDS && before.slice(at + 1).every((w) => w.length <= 3 || /^\p{Lu}/u.test(w))) return true;
  const apposed = /^\s*,([^,.;:!?“”"«»()]*)/.exec(doc.text.slice(e, e + BESIDE))?.[1] ?? '';
  return apposed.split(/\s+/).filter(Boolean).slice(0, LEAD_WORDS).some((w) => isNoun(w, noun));
}
/** Words the noun may stand from the name: itself and two more. */
const LEAD_WORDS = 3;

/** The word is the noun, or a compound that ends in it or that it ends in ("CDU-Politiker", "Forscher" for
 * "Leseforscher"). */
function isNoun(word: string, noun: string): boolean {
  const w = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const last = w.split('-').pop() ?? w;
  return w === noun || last === noun || (Math.min(last.length, noun.length) >= COMPOUND_MIN && (last.endsWith(noun) || noun.endsWith(last)));
}
