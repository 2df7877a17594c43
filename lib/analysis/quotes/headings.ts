// Marked words that are no speech by their place: a crosshead that is only a quotation ("„Der zweite Papst aus
// Amerika“" alone on its line), and a name an article brings in ("die „Vatican News“ verkündete").

import { KEY } from '../weights';
import { wordCount } from './titles';
import type { Rules } from '../../rules/languages';
import { blankLineAfter, blankLineBefore, lastWord } from '../text/props';

interface Marks { start: number; end: number; open: number; close: number }

const SENTENCE_END = /[.!?;:…。！？]\s*$/;
/** A sentence's end inside ("ようやく逮捕に至った。長かった"): sentences somebody said, no heading. */
const SENTENCE_INSIDE = /[.!?]\s|[。！？]/u;

/** A paragraph of its own holding only a short quotation with no sentence's end: a heading set in marks. It stays a
 * quotation when its words are said elsewhere in the text (a statement pulled out as a heading). */
export function isQuotedHeading(text: string, q: Marks): boolean {
  if (!blankLineBefore(text, q.open) || !blankLineAfter(text, q.close)) return false;
  const inner = text.slice(q.start, q.end).trim();
  if (!inner || wordCount(inner) > KEY.titleMaxWords || SENTENCE_END.test(inner) || SENTENCE_INSIDE.test(inner)) return false;
  const low = lowered(text), words = inner.toLowerCase(), first = low.indexOf(words);
  return (first >= q.start ? low.indexOf(words, q.end) : first) < 0;
}


/** The text in lower case, made once a text (not once a quotation alone on its line: a text of many such lines). */
let lastText: string | null = null, lastLow = '';
function lowered(text: string): string {
  if (text !== lastText) { lastText = text; lastLow = text.toLowerCase(); }
  return lastLow;
}

/** "die „Vatican News“ verkündete", "the “Daily Planet” reported": a few capitalised words in marks right after an
 * article are the name of the thing the article introduces, not words anybody said. */
export function isArticledName(text: string, q: Marks, rules: Rules): boolean {
  const inner = text.slice(q.start, q.end).trim();
  if (!inner || wordCount(inner) > 6 || SENTENCE_END.test(inner) || /[,.!?;:]/.test(inner)) return false;
  const det = lastWord(text.slice(Math.max(0, q.open - 20), q.open))?.toLowerCase();
  // (not after an indefinite one: "a “Stop Trump” movement" is a slogan somebody spoke, set before its noun)
  if (!det || !rules.determiners.has(det) || rules.indefinites.has(det) || rules.possessives.has(det)) return false;
  const words = inner.split(/\s+/);
  // (more than one word, every one capitalised but function words: one capitalised word is a noun where all are)
  // (where every noun is capitalised, only words all capitalised, "Vatican News", not "Zeichen der Wertschätzung")
  const small = (w: string) => !rules.nounsCapitalised && rules.functionWords.has(w.toLowerCase());
  return words.length > 1 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small(w));
}
