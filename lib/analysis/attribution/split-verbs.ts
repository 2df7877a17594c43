// "„…“, räumt auch Pfeiffer ein": a two-word verb of saying whose second word the language moves to the end of
// the clause (German "räumt ein", "teilte mit", "fügt hinzu") is found split around its subject. The pairs come
// from the language's own two-word verbs of saying; no other word list.

import type { Hit } from './phrases';

/** First word of each two-word verb of saying → the words that may end its clause. */
export type SplitVerbs = Map<string, Set<string>>;

/** The two-word phrases of `say` whose second word is a lower-case word of its own ("räumt ein"; not "sagte er"). */
export function splitVerbs(say: readonly string[], pronouns: ReadonlySet<string>): SplitVerbs {
  const out: SplitVerbs = new Map();
  for (const p of say) {
    const ws = p.split(/\s+/);
    if (ws.length !== 2 || pronouns.has(ws[1]!)) continue;
    if (!out.has(ws[0]!)) out.set(ws[0]!, new Set());
    out.get(ws[0]!)!.add(ws[1]!);
  }
  return out;
}

/** The clause a split verb may span: a few words, up to a comma or a sentence end. */
const CLAUSE = /^[^.,;:!?\n“”"«»„]*/;
const MAX_WORDS = 7;

/** A split verb of saying opening s ("räumt auch Pfeiffer ein."): its hit spans the first word. */
export function splitStart(split: SplitVerbs, s: string): Hit | null {
  const first = /^(\S+)\s/.exec(s);
  const tails = first && split.get(first[1]!.toLowerCase());
  if (!tails) return null;
  const words = CLAUSE.exec(s)![0].trim().split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length > 2 && words.length <= MAX_WORDS && tails.has(last) ? { index: 0, 0: first![1]! } : null;
}

/** The first words of split verbs of saying after a comma in s (", stellte der Abgeordnete X fest."): hits spanning
 * the first word; the caller checks that the second word closes the clause after the speaker (`splitTailAt`). */
export function splitHits(split: SplitVerbs, s: string): Hit[] {
  const out: Hit[] = [];
  for (const m of s.matchAll(/,\s+(\S+)/g)) {
    if (split.has(m[1]!.toLowerCase())) out.push({ index: m.index + m[0].length - m[1]!.length, 0: m[1]! });
  }
  return out;
}

/** Where the second word of the split verb `first` stands in tail when it closes the clause ("der Abgeordnete X
 * fest."), or -1: the speaker is looked for before it (a mention would otherwise take "ein" in as an article). */
export function splitTailAt(split: SplitVerbs, first: string, tail: string): number {
  const m = /^([^,.;!?]*?\s)(\S+?)\s*(?:[,.;!?]|$)/.exec(tail);
  return m && split.get(first.toLowerCase())?.has(m[2]!) ? m[1]!.length : -1;
}
