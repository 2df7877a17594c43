// Which tokens the tagger scores: in a script with letter case, a name has a capital, a digit or a sign of its
// own (#, @, &, a dot inside a word) near it, and a run of plain lower-case words and prose punctuation far from
// any such token is tagged O all but never — unless a word of it is one the model learnt as a name in lower case
// ("malaysia"), which anchors a window too. Those runs are skipped: each remaining run is scored and decoded
// alone, the skipped tokens on its sides held at O. scripts/ner/skip-rule.ts measured, per language, the entity
// tokens each rule would skip (gold and as the full tagger tags them): the rule below is its choice (window 3,
// margin 32: no token the full tagger tags skipped on the held-out splits or the fundus-dev news).
// Scripts without case (Han, kana, Arabic, Hangul…) have no lower-case word, so they are tagged whole.

import { T as F } from './features';
import { feature } from './hash';
import type { NerModel } from './model';
import type { Range } from './scores';
import { Cap } from './word-class';

/** Tokens within this many tokens of a token that is not quiet are scored. */
export const NAME_WINDOW = 3;

/** How far (in weight units) a word's own weight for a name tag must exceed its weight for O to make it an anchor. */
export const NAME_MARGIN = 32;

/** Punctuation between the words of prose, never a name's part on its own (unlike # @ & / in "#tag", "AT&T"). */
const PROSE_PUNCT = new Set(',.;:!?()"“”„«»‘’\'–—…-');

/** A token of prose punctuation marks only. */
export function isProsePunct(w: string): boolean {
  for (const ch of w) if (!PROSE_PUNCT.has(ch)) return false;
  return w.length > 0;
}

/** A lower-case word of letters (with inner hyphens and apostrophes): no digit, no dot, no @, # or /. */
export function isPlainLower(w: string, cap: number): boolean {
  if (cap !== Cap.LOWER) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 && !(c >= 97 && c <= 122) && c !== 45 && c !== 39) return false;
  }
  return true;
}

/** Whether a token, alone, says nothing for a name near it (the tagger's rule). */
export const isQuiet = (w: string, cap: number): boolean => (cap === Cap.NONE ? isProsePunct(w) : isPlainLower(w, cap));

/**
 * Whether the model's weights for the word itself (its lower-case form, `lowerHash`) favour a name tag over O: a
 * lower-case word it learnt as a name ("malaysia", "google") anchors a window as a capitalised word does.
 */
export function leansToName(model: NerModel, lowerHash: number, margin = NAME_MARGIN): boolean {
  if (!model.features.words) return false;
  const r = model.table.row(feature(F.W, lowerHash));
  if (r < 0) return false;
  const w = model.weights, T = model.tags.length, o = w[r * T]!;
  for (let t = 1; t < T; t++) if (w[r * T + t]! - o >= margin) return true;
  return false;
}

/**
 * The runs of tokens [first, last) to score, as [start, end) pairs relative to `first`, in order and apart (at
 * least one skipped token between two runs): every token within `window` tokens of one whose `quiet` flag is 0.
 */
export function candidateRuns(quiet: ArrayLike<number>, first: number, last: number, window = NAME_WINDOW): number[] {
  const n = last - first, runs: number[] = [];
  let end = -1; // end of the current run (exclusive), -1 before the first
  for (let i = 0; i < n; i++) {
    if (quiet[first + i]) continue;
    const a = Math.max(0, i - window), b = Math.min(n, i + window + 1);
    if (end >= a) runs[runs.length - 1] = b; // touches or overlaps the current run
    else runs.push(a, b);
    end = b;
  }
  return runs;
}

/** The runs of each sentence to score ([start, end) pairs relative to its first token). */
export function sentenceRuns(sentences: readonly Range[], quiet: Uint8Array, every: boolean): number[][] {
  return sentences.map((s) => (!every ? candidateRuns(quiet, s.first, s.last) : s.last > s.first ? [0, s.last - s.first] : []));
}

/** Which words a scored token reads (itself and its neighbours up to two away; the last slot: the padding). */
export function neededWords(ids: Int32Array, sentences: readonly Range[], runs: number[][], pad: number): Uint8Array {
  const needed = new Uint8Array(pad + 1);
  sentences.forEach((s, k) => {
    const r = runs[k]!;
    for (let j = 0; j < r.length; j += 2) {
      const a = s.first + r[j]! - 2, b = s.first + r[j + 1]! + 2;
      if (a < s.first || b > s.last) needed[pad] = 1;
      for (let x = Math.max(a, s.first); x < Math.min(b, s.last); x++) needed[ids[x]!] = 1;
    }
  });
  return needed;
}
