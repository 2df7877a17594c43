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

/** The text uses the acronym `t` once or more as a count noun after an indefinite article. */
export function countNounAcronym(t: string, text: string, rules: Rules): boolean {
  if (!rules.indefinites.size) return false;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, 'gu'))) {
    if (afterIndefinite(text, m.index, rules) && endsPhrase(text, m.index + t.length, rules)) return true;
  }
  return false;
}
