// "London/Teheran (dpa)": two names joined by a slash are two parties (a dateline of two places, "Berlin/Paris"), never
// one; the tagger's span may run across the slash. Words in capitals ("AC/DC", a credit "AFP / JORGE GUERRERO") are
// left as they are. The tagger's reading was of the whole: a part keeps its type and confidence only where that was
// no person ("Aldus / Bonniers", two publishers the tagger read as one person, are no two people), so a part is a
// person only by evidence of its own.

import type { Candidate } from './classify';

const SLASH = /^\s*\/\s*$/;

/** The candidate's parts on either side of each slash between its words, or null when it has none. */
export function slashParts(text: string, cand: Candidate): Candidate[] | null {
  const { words } = cand;
  const cuts: number[] = [];
  for (let i = 1; i < words.length; i++) if (SLASH.test(text.slice(words[i - 1]!.e, words[i]!.s))) cuts.push(i);
  if (!cuts.length || words.some((w) => w.acr || w.t === w.t.toUpperCase())) return null;
  const out: Candidate[] = [];
  [0, ...cuts].forEach((from, k) => {
    const part = words.slice(from, cuts[k] ?? words.length);
    const s = part[0]!.s, e = part[part.length - 1]!.e;
    const tagged = cand.tag === 'PER' ? { tag: undefined, confidence: undefined } : {};
    out.push({ ...cand, ...tagged, words: part, s, e, text: text.slice(s, e), prevWord: from ? '' : cand.prevWord, tagStart: undefined, tagEnd: undefined });
  });
  return out;
}
