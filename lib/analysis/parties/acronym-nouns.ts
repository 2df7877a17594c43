// "It's a handsome EV, certainly", "hooked up to a LAN": an acronym after an indefinite article (at most two
// lower-case modifiers between) that ends its phrase (a stop, or a function word after it) is a count noun, a kind
// of thing ("an electric vehicle"), not a body's name. A body's acronym after an indefinite article modifies the
// noun after it ("an SPD politician", "a NATO summit"); one the text defines or a list knows is never asked.

import type { Rules } from '../../rules/languages';
import { startsLower } from '../letters';
import { escapeRegExp } from '../../chars';

/** A lower-case word: a modifier between the article and the acronym ("handsome"). */
const modifier = (w: string, rules: Rules) => startsLower(w) && !rules.functionWords.has(w) && !rules.indefinites.has(w);

/** The words before `at` (at most three) open with an indefinite article, modifiers after it. */
function afterIndefinite(text: string, at: number, rules: Rules): boolean {
  const ws = text.slice(Math.max(0, at - 60), at).split(/\s+/).filter(Boolean).slice(-3);
  for (let k = ws.length - 1; k >= 0; k--) {
    if (rules.indefinites.has(ws[k]!.toLowerCase()) && /^\p{L}+$/u.test(ws[k]!)) return ws.slice(k + 1).every((w) => modifier(w, rules));
  }
  return false;
}

/** The phrase ends right after the acronym: a stop, or a function word or conjunction opens what follows. */
function endsPhrase(text: string, end: number, rules: Rules): boolean {
  const after = text.slice(end, end + 24);
  if (/^\s*[.,;:!?)”"’]/.test(after)) return true;
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return !!next && (rules.functionWords.has(next) || rules.conjunctions.has(next));
}

// The answers for the text last asked about: a lone acronym is asked at each of its mentions, and each answer is a
// scan of the whole text.
let memo: { text: string; rules: Rules; answers: Map<string, boolean> } | null = null;

/** The text uses the acronym `t` once or more as a count noun after an indefinite article. */
export function countNounAcronym(t: string, text: string, rules: Rules): boolean {
  if (!rules.indefinites.size) return false;
  if (memo?.text !== text || memo.rules !== rules) memo = { text, rules, answers: new Map() };
  let answer = memo.answers.get(t);
  if (answer === undefined) memo.answers.set(t, answer = usedAsCountNoun(t, text, rules));
  return answer;
}

function usedAsCountNoun(t: string, text: string, rules: Rules): boolean {
  for (const at of wordOccurrences(t, text)) {
    if (afterIndefinite(text, at, rules) && endsPhrase(text, at + t.length, rules)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SURROGATE = /[\ud800-\udfff]/;

/** Where `t` stands with no letter or digit right before or after it, in order, not overlapping: the matches of
 * /(?<![\p{L}\p{N}])t(?![\p{L}\p{N}])/gu, found by indexOf (that pattern, compiled at each call and run through a
 * whole text, was most of this file's time). A `t` holding half of a surrogate pair is left to the pattern. */
function* wordOccurrences(t: string, text: string): Generator<number> {
  if (!t || SURROGATE.test(t)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, 'gu'))) yield m.index;
    return;
  }
  for (let i = text.indexOf(t); i >= 0;) {
    const end = i + t.length;
    if (!LETTER_OR_DIGIT.test(codePointBefore(text, i)) && !LETTER_OR_DIGIT.test(codePointAt(text, end))) { yield i; i = text.indexOf(t, end); }
    else i = text.indexOf(t, i + 1);
  }
}

/** The code point that ends at `i` / starts at `i`, as a string ('' at the text's ends). */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? text.slice(i - 2, i) : text[i - 1]!;
}
const codePointAt = (text: string, i: number): string => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
