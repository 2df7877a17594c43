// Paragraphs (lines of the article text) and sentences (over the tokens of a paragraph). A sentence ends at . ! ? …
// (with any closing quotes and brackets after them) when the next token starts one: a capital, a digit, an opening
// mark or a letter of a script without case; CJK full stops end a sentence wherever they stand. Titles before a
// name ("Dr.", "Mme.") and initials ("J.") never end one.

import type { Token } from './tokens';
import { TITLES, isOrdinalMonth } from './languages';
import { startsLower } from './chars';

export interface Span {
  /** Offsets into the text (end exclusive). */
  start: number;
  end: number;
}

/** A span of the text with the tokens in it: `tokens.slice(first, last)`. */
export interface Segment extends Span {
  first: number;
  last: number;
}

export interface Sentence extends Segment {
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/** The sentence holding offset `pos`: the last one starting at or before it (binary search), or null. */
export function sentenceHolding(ss: readonly Sentence[], pos: number): Sentence | null {
  let lo = 0, hi = ss.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ss[mid]!.start <= pos) lo = mid + 1; else hi = mid; }
  return lo > 0 ? ss[lo - 1]! : null;
}

const TERMINALS = /^(?:[.!?…]+|[。！？]+)$/;
const CJK_TERMINAL = /^[。！？]/;
const CLOSERS = new Set(['"', '”', '’', "'", '»', '«', ')', ']', '}', '」', '』', '）', '›']);
const OPENERS = /^[“"„«‹‘'(\[¿¡—–-]/;
/** The most tokens a sentence holds. Text without sentence ends (a page's every line run together, a list of quoted
 * phrases, Chinese without 。) would make one sentence of a whole paragraph, and every per-quotation window the
 * attribution reads by the sentence would grow with the paragraph: time quadratic in its length. Far above a real
 * sentence (PolNeAR's longest are ~120 tokens); a longer run is cut after its last clause mark. */
export const MAX_SENTENCE_TOKENS = 400;
const CLAUSE_END = /^[,;:，；：、]$/;

/** Lines of the text with something on them, trimmed: the article text puts blank lines between blocks. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let a = 0;
  while (a <= text.length) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let s = a, e = b;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    a = b + 1;
  }
  return out;
}

/** An abbreviation that keeps its period and may still end a sentence (etc., Inc.), unlike a title or initial. */
function endsOnAbbreviation(t: Token): boolean {
  if (!t.text.endsWith('.') || t.kind !== 'word' || t.text.length < 2) return false;
  const bare = t.text.slice(0, -1);
  if (TITLES.has(bare) || bare.includes('.')) return false;
  return bare.length > 1;
}

function startsSentence(t: Token): boolean {
  if (t.kind === 'number' || OPENERS.test(t.text)) return true;
  if (t.kind === 'punct' || t.kind === 'symbol') return false;
  return !startsLower(t.text);
}

/** Sentences of the tokens `tokens[first, last)` (one paragraph), as segments. */
export function splitSentences(tokens: readonly Token[], first: number, last: number, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let from = first;
  for (let i = first; i < last; i++) {
    if (i - from >= MAX_SENTENCE_TOKENS) { const cut = clauseCut(tokens, from, i); out.push(segment(tokens, from, cut, paragraph)); from = cut; }
    const t = tokens[i]!;
    const abbr = endsOnAbbreviation(t);
    if (!abbr && !(t.kind === 'punct' && TERMINALS.test(t.text))) continue;
    let j = i + 1;
    while (j < last && !tokens[j]!.space && (CLOSERS.has(tokens[j]!.text) || TERMINALS.test(tokens[j]!.text))) j++;
    const next = tokens[j];
    // "vom 22. Oktober": a day's ordinal dot before a month's name
    if (!abbr && t.text === '.' && !t.space && i > first && /^\d{1,2}$/.test(tokens[i - 1]!.text) && next && isOrdinalMonth(next.text)) continue;
    let ends: boolean;
    if (j >= last || !next || CJK_TERMINAL.test(t.text)) ends = true;
    else if (!next.space) ends = false;
    else ends = abbr ? /^\p{Lu}/u.test(next.text) : startsSentence(next);
    if (!ends) continue;
    out.push({ start: tokens[from]!.start, end: tokens[j - 1]!.end, first: from, last: j, paragraph });
    from = j;
    i = j - 1;
  }
  if (from < last) out.push({ start: tokens[from]!.start, end: tokens[last - 1]!.end, first: from, last, paragraph });
  return out;
}

const segment = (tokens: readonly Token[], first: number, last: number, paragraph: number): Sentence =>
  ({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last, paragraph });

/** Where an over-long run `tokens[from, to)` is cut: after its last clause mark in the second half, else at `to`. */
function clauseCut(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from + (to - from) / 2; k--) if (CLAUSE_END.test(tokens[k - 1]!.text)) return k;
  return to;
}
