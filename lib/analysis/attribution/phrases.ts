// Word lists matched as whole words without regular expressions: a set of phrases ("said", "pointed out",
// "a déclaré") looked up word by word. Cheap to build (no pattern to compile, which costs on every page the
// extension analyses cold) and linear to run.

import { C, classAt, charWidth } from '../text/chars';
import type { Token } from '../text';

/** A phrase found in a string: where it starts, and its text as written (`0`, like a regular-expression match). */
export interface Hit { index: number; 0: string }

const isWordChar = (s: string, i: number) => { const c = classAt(s, i); return c === C.LETTER || c === C.MARK || c === C.DIGIT; };
const isJoiner = (s: string, i: number) => { const c = classAt(s, i); return c === C.APOS || c === C.HYPHEN; };

/** The end of the word starting at i: letters, digits and marks, with apostrophes and hyphens inside it. */
export function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    if (isWordChar(s, j)) { j += charWidth(s, j); continue; }
    if (isJoiner(s, j) && j + 1 < s.length && isWordChar(s, j + 1) && j > i) { j++; continue; }
    break;
  }
  return j;
}

/** Words of s in order, as [start, end) pairs. */
export function* words(s: string, from = 0, to = s.length): Generator<[number, number]> {
  let i = from;
  while (i < to) {
    if (!isWordChar(s, i)) { i += charWidth(s, i); continue; }
    const e = Math.min(wordEnd(s, i), to);
    yield [i, e];
    i = e;
  }
}

// A document's tokens are looked up by many phrase sets, quotation after quotation: each token's lower case is
// made once a token list, the first time a set asks for it.
const lowered = new WeakMap<readonly Token[], string[]>();
function loweredToken(tokens: readonly Token[], i: number): string {
  let l = lowered.get(tokens);
  if (!l) { l = []; lowered.set(tokens, l); }
  return (l[i] ??= tokens[i]!.text.toLowerCase());
}

export class PhraseSet {
  /** First word → the rest of each phrase (its other words), longest first. */
  private first = new Map<string, string[][]>();
  /** Phrases as written, for scripts without spaces between words, longest first. */
  private whole: string[] = [];
  /** The same, by first character (in the same order): a position is tried against the phrases it can start. */
  private byFirst = new Map<string, string[]>();

  constructor(phrases: Iterable<string>, private readonly spaced = true) {
    for (const p of phrases) {
      const ws = p.toLowerCase().split(' ').filter(Boolean);
      if (!ws.length) continue;
      if (!spaced) { this.whole.push(ws.join('')); continue; }
      const list = this.first.get(ws[0]!) ?? [];
      list.push(ws.slice(1));
      this.first.set(ws[0]!, list);
    }
    for (const l of this.first.values()) l.sort((a, b) => b.length - a.length);
    this.whole.sort((a, b) => b.length - a.length);
    for (const w of this.whole) {
      const list = this.byFirst.get(w[0]!);
      if (list) list.push(w); else this.byFirst.set(w[0]!, [w]);
    }
  }

  /** The longest phrase written at s[i] and ending by `to` (scripts without spaces). */
  private wholeAt(s: string, i: number, to: number): string | undefined {
    return this.byFirst.get(s[i]!)?.find((w) => s.startsWith(w, i) && i + w.length <= to);
  }

  get size(): number { return this.first.size + this.whole.length; }

  /** The phrase whose first word is s[a, b), or null. */
  private matchAt(s: string, a: number, b: number, to: number): Hit | null {
    const rests = this.first.get(s.slice(a, b).toLowerCase());
    if (!rests) return null;
    for (const rest of rests) {
      let end = b, ok = true;
      for (const w of rest) {
        let k = end;
        while (k < to && /\s/.test(s[k]!)) k++;
        if (k === end) { ok = false; break; }
        const e = wordEnd(s, k);
        if (s.slice(k, e).toLowerCase() !== w) { ok = false; break; }
        end = e;
      }
      if (ok) return { index: a, 0: s.slice(a, end) };
    }
    return null;
  }

  /** Every phrase in s[from, to), in order, at word boundaries (the longest at each word). */
  all(s: string, from = 0, to = s.length): Hit[] {
    const out: Hit[] = [];
    if (!this.spaced) {
      for (let i = from; i < to; i++) {
        const p = this.wholeAt(s, i, to);
        if (p) { out.push({ index: i, 0: p }); i += p.length - 1; }
      }
      return out;
    }
    let skip = -1;
    for (const [a, b] of words(s, from, to)) {
      if (a < skip) continue;
      const h = this.matchAt(s, a, b, to);
      if (h) { out.push(h); skip = a + h[0].length; }
    }
    return out;
  }

  /** The phrase at the very start of s (after white space), or null. */
  start(s: string): Hit | null {
    let i = 0;
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (!this.spaced) { const p = this.wholeAt(s, i, Infinity); return p ? { index: i, 0: p } : null; }
    if (i >= s.length || !isWordChar(s, i)) return null;
    return this.matchAt(s, i, wordEnd(s, i), s.length);
  }

  /** Does s hold a phrase? */
  test(s: string): boolean { return this.all(s).length > 0; }

  /**
   * Every phrase among the scanner's tokens that lie in text[a, b), with offsets relative to `a`: the words were cut
   * once already, so this only looks each word up.
   */
  inTokens(text: string, tokens: readonly Token[], a: number, b: number): Hit[] {
    if (!this.spaced) return this.all(text.slice(a, b));
    const out: Hit[] = [];
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.end <= a) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < tokens.length && tokens[i]!.start < b; i++) {
      const t = tokens[i]!;
      if (t.start < a || t.kind !== 'word') continue;
      const rests = this.first.get(loweredToken(tokens, i));
      if (!rests) continue;
      for (const rest of rests) {
        let j = i, ok = true;
        for (const w of rest) {
          j++;
          const n = tokens[j];
          if (!n || !n.space || n.end > b || loweredToken(tokens, j) !== w) { ok = false; break; }
        }
        if (!ok || tokens[j]!.end > b) continue;
        out.push({ index: t.start - a, 0: text.slice(t.start, tokens[j]!.end) });
        i = j;
        break;
      }
    }
    return out;
  }
}
