// Marked words that finish a body's name: "ein Verein für „Technologie-, Bildungs- und Kulturaustausch“", "the
// Institute for “Responsible Growth”". The marks set off what the body is for; nobody is said to have spoken them.

import { wordCount } from './titles';
import type { Rules } from '../../rules/languages';

interface Marks { start: number; end: number; open: number; close: number }

const TWO_WORDS_BEFORE = /(\p{L}+)\s+(\p{Ll}+)\s*$/u;
const SENTENCE = /[.!?;:]/;

/** A few words in marks right after a body's noun and a small word linking it ("Vereins für „…“"). */
export function isNameComplement(text: string, q: Marks, rules: Rules): boolean {
  const inner = text.slice(q.start, q.end).trim();
  if (!inner || wordCount(inner) > 6 || SENTENCE.test(inner) || !/^\p{Lu}/u.test(inner)) return false;
  const m = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, q.open - 60), q.open));
  if (!m || !rules.functionWords.has(m[2]!) || rules.determiners.has(m[2]!)) return false;
  return isBodyNoun(m[1]!.toLowerCase(), rules);
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
