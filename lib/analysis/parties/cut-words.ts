// "Whole Foods is one of the better ones": at a sentence's start the capital of "Whole" says nothing (the text writes
// "whole" in lower case too), and the tagger may read the name's last word alone ("Foods", as a person). A word cut
// from a longer capitalised name is never a party of its own: where the text writes the longer name as one name
// elsewhere, a capitalised word (or two, three) right before the cut span joins it again. The evidence is the text's
// own repetition, in any language; a title before a name ("President Biden") stays a title, as widen.ts leaves it.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import { norm } from './registry';
import { isTitleWord, roleOf } from './lexicon';

/** At most this many words before a span are tried ("New York" + "Yankees"). */
const MAX_BEFORE = 3;

/** The names of several words the candidates read as one name where their first word is no sentence's first word (its
 * capital is a name's, not the sentence's). */
function wholeNames(cands: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const c of cands) if (c.words.length > 1 && !c.words[0]!.start && c.words[0]!.cap && !out.has(norm(c.text))) out.set(norm(c.text), c);
  return out;
}

/** A capitalised word that may open a longer name right before `w` (one space between, no title or role). */
const opener = (w: Word | undefined, next: Word, rules: Rules): w is Word =>
  !!w && next.joined && w.cap && !w.poss && !isTitleWord(w.t, rules) && !roleOf(w.l, rules);

/** The candidate with the words before it that make a name the text writes whole elsewhere, or itself. The tagger's
 * reading of the piece ("Foods" a person) is no reading of the whole: it takes the whole name's. */
function rejoined(c: Candidate, whole: ReadonlyMap<string, Candidate>, taken: ReadonlySet<number>, text: string, words: readonly Word[], rules: Rules): Candidate {
  let first = c.words[0]!, best: Word | null = null, as: Candidate | undefined;
  for (let k = 0; k < MAX_BEFORE; k++) {
    const w = words[first.i - 1];
    if (!opener(w, first, rules) || taken.has(w.i)) break;
    const found = whole.get(norm(text.slice(w.s, c.e)));
    if (found) { best = w; as = found; }
    first = w;
  }
  if (!best || !as) return c;
  const ws = words.slice(best.i, c.words[0]!.i);
  const prev = words[best.i - 1];
  return { ...c, words: [...ws, ...c.words], s: best.s, text: text.slice(best.s, c.e), prevWord: prev ? prev.l : '', tag: as.tag, confidence: as.confidence, before: undefined, tagStart: best.s, tagEnd: c.e };
}

/** The candidates with every span cut from a longer name the text writes whole elsewhere joined to it again. */
export function joinCutWords(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules): Candidate[] {
  const whole = wholeNames(cands);
  if (!whole.size) return [...cands];
  // (a word another candidate holds stays with it: "Amazon" + "Whole Foods" are two names side by side)
  const taken = new Set(cands.flatMap((c) => c.words.map((w) => w.i)));
  return cands.map((c) => rejoined(c, whole, taken, text, words, rules));
}
