// "Arsenal hatte 5:0 gegen Chelsea gewonnen", "a 2-1 win against Leeds": a name right after a preposition of a
// match's opponent (rules.contests), in a sentence that gives a score, is a side of that match. The tagger reads a
// club named after its town as a place (or, named like one, as a person); the score and the preposition say team.

import type { Rules } from '../../rules/languages';

/** A score: two small numbers joined by a colon or a dash, no time of day ("21:00"), no year or range of years. */
const SCORE = /(?<![\d.,:/–-])(\d{1,3})\s?([:–-])\s?(\d{1,3})(?![\d.,:/]|\s?(?:Uhr|h\b|am\b|pm\b))/gu;

/** The sentence around `at`: from the last full stop, question or exclamation mark or line break before it to the next. */
function sentenceAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && !/[!?\n]/.test(text[s - 1]!) && !(text[s - 1] === '.' && /\s/.test(text[s] ?? '') && !/\d/.test(text[s - 2] ?? ''))) s--;
  let e = at;
  while (e < text.length && !/[!?\n]/.test(text[e]!) && !(text[e] === '.' && /\s|$/.test(text[e + 1] ?? '') && !/\d/.test(text[e - 1] ?? ''))) e++;
  return text.slice(s, e);
}

/** The sentence gives a match's score ("0:2", "4:2-Sieg", "won 3-1"): a colon's two digits after it are a time. */
export function givesScore(sentence: string): boolean {
  for (const m of sentence.matchAll(SCORE)) if (!(m[2] === ':' && /^[0-5]\d$/.test(m[3]!))) return true;
  return false;
}

/** The name at `s`, after the word `prev` (lower case), is a side of a match the sentence scores. */
export function contestSide(text: string, s: number, prev: string, rules: Rules): boolean {
  return rules.contests.has(prev) && givesScore(sentenceAround(text, s));
}
