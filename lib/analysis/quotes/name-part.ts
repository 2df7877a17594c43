// Marked words that finish a body's name: "ein Verein für „Technologie-, Bildungs- und Kulturaustausch“", "the
// Institute for “Responsible Growth”". The marks set off what the body is for; nobody is said to have spoken them.

import { wordCount } from './titles';
import type { Rules } from '../../rules/languages';
import { lastTwoWords } from '../text/props';

interface Marks { start: number; end: number; open: number; close: number }

const SENTENCE = /[.!?;:]/;

/** A few words in marks right after a body's noun and a small word linking it ("Vereins für „…“"). */
export function isNameComplement(text: string, q: Marks, rules: Rules): boolean {
  const inner = text.slice(q.start, q.end).trim();
  if (!inner || wordCount(inner) > 6 || SENTENCE.test(inner) || !/^\p{Lu}/u.test(inner)) return false;
  const m = lastTwoWords(text.slice(Math.max(0, q.open - 60), q.open), true);
  if (!m || !rules.functionWords.has(m[1]) || rules.determiners.has(m[1])) return false;
  return isBodyNoun(m[0].toLowerCase(), rules);
}

/** A noun for a body, as written in any case ("Vereins", "Bundesverbandes": the head and an ending of a few letters). */
function isBodyNoun(w: string, rules: Rules): boolean {
  for (const list of [rules.orgHeads, rules.orgNouns]) {
    for (const h of list) {
      if (w === h) return true;
      // (a short head, "ag", "fc", matches only alone: "Tage" is no company)
      const at = h.length < 4 ? -1 : w.lastIndexOf(h);
      if (at >= 0 && w.length - at - h.length <= 2 && (at === 0 || rules.nounsCapitalised)) return true;
    }
  }
  return false;
}
