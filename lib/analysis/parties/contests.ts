// "Arsenal hatte 5:0 gegen Chelsea gewonnen", "a 2-1 win against Leeds": a name right after a preposition of a
// match's opponent (rules.contests), in a sentence that gives a score, is a side of that match. The tagger reads a
// club named after its town as a place (or, named like one, as a person); the score and the preposition say team.

import type { Rules } from '../../rules/languages';
import { sentenceHolding, type ScannedText } from '../text';

/** Two small numbers joined by a colon or a dash, no part of a longer number, a date or a range of years. */
const SCORE = /(?<![\d.,:/–-])(\d{1,3})\s?([:–-])\s?(\d{1,3})(?![\d.,:/])/gu;
/** The word right after a match, at most one space apart ("20:30 Uhr", "9-11pm"). */
const WORD_AFTER = /^\s?(\p{L}+(?:\.\p{L}\.?)?)/u;

/** The sentence gives a match's score ("0:2", "4:2-Sieg", "won 3-1"): not a time of day, which a word of the clock
 * follows ("20:30 Uhr", rules.clockWords) or which a colon's two digits after the hour say ("21:00"). */
export function givesScore(sentence: string, clockWords: ReadonlySet<string>): boolean {
  for (const m of sentence.matchAll(SCORE)) {
    if (m[2] === ':' && /^[0-5]\d$/.test(m[3]!)) continue;
    const after = WORD_AFTER.exec(sentence.slice(m.index + m[0].length))?.[1];
    if (!after || !clockWords.has(after.toLowerCase())) return true;
  }
  return false;
}

/** The scanner's sentence holding offset `at` (the last one starting at or before it). */
function sentenceAt(doc: ScannedText, at: number): string {
  const s = sentenceHolding(doc.sentences, at);
  return s && at < s.end ? doc.text.slice(s.start, s.end) : '';
}

/** The name at `s`, after the word `prev` (lower case), is a side of a match the sentence scores. */
export function contestSide(doc: ScannedText, s: number, prev: string, rules: Rules): boolean {
  return rules.contests.has(prev) && givesScore(sentenceAt(doc, s), rules.clockWords);
}
