// A name the tagger found in one place of a text written without spaces (Han, kana) is the same name where its
// characters come again untagged: a sentence alone often lacks the context that marked it elsewhere. Each mention
// of at least MIN_CHARS characters with a probability of at least MIN_SCORE is copied, with its type and probability,
// to every other place its exact characters stand where no mention is.
import type { ScannedText } from '../text';
import type { Mention } from './tagger';
import { isCharScript } from './word-class';

/** Characters a name needs to be copied (a single character is too often part of another word). */
export const REPEAT_MIN_CHARS = 2;
/** The probability a mention needs to be copied. */
export const REPEAT_MIN_SCORE = 0.5;

export function copyRepeats(mentions: Mention[], s: ScannedText): Mention[] {
  const sources = mentions.filter((m) => m.score >= REPEAT_MIN_SCORE && m.last - m.first >= REPEAT_MIN_CHARS
    && s.tokens.slice(m.first, m.last).every((t) => isCharScript(t.text)));
  if (!sources.length) return mentions;
  const taken = new Uint8Array(s.tokens.length);
  for (const m of mentions) taken.fill(1, m.first, m.last);
  const tokenAt = new Map(s.tokens.map((t, k) => [t.start, k]));
  const added: Mention[] = [];
  for (const src of [...sources].sort((a, b) => b.text.length - a.text.length || b.score - a.score)) {
    for (let at = s.text.indexOf(src.text); at >= 0; at = s.text.indexOf(src.text, at + 1)) {
      const first = tokenAt.get(at), n = src.last - src.first;
      if (first === undefined || s.tokens[first + n - 1]?.end !== at + src.text.length) continue;
      if (taken.subarray(first, first + n).some((x) => x === 1)) continue;
      const sentence = s.sentences.findIndex((seg) => seg.first <= first && first < seg.last);
      taken.fill(1, first, first + n);
      added.push({ ...src, start: at, end: at + src.text.length, first, last: first + n, sentence, before: 0 });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
