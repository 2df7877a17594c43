// Where a quotation stands: its paragraph, the quotations beside it in the paragraph, the sentence it opens in and
// the sentence it closes in. Every attribution pattern reads these.

import type { Rules } from '../../rules/languages';
import { sentenceHolding, type Sentence, type Span, type Token } from '../text';
import type { RawQuote } from '../quotes';
import type { Registry } from '../parties';
import { verbsFor, type Verbs } from './verbs';
import { isScareQuote, isTitleLike } from '../quotes';
import { startsLower } from '../letters';

/** What every pattern may read: the text, its quotations, sentences and parties, the language's lists. */
export interface Doc {
  text: string;
  /** The scanner's tokens of the text (phrases are looked up among them). */
  tokens: readonly Token[];
  /** For each quotation: is it written like a title ("Morning Joe")? */
  titleLike: readonly boolean[];
  rules: Rules;
  verbs: Verbs;
  reg: Registry;
  quotes: readonly RawQuote[];
  paras: readonly Span[];
  sentences: readonly Sentence[];
  /** The headline, outside the text: whom the story is about. */
  headline?: string;
}

export interface Site {
  q: RawQuote;
  qi: number;
  para: Span;
  /** The quotations before and after it in the same paragraph. */
  prevQ: RawQuote | null;
  nextQ: RawQuote | null;
  /** Start of the sentence the quotation opens in (never before the previous quotation of the paragraph). */
  sentA: number;
  /** Where the text after the quotation ends: the next quotation's mark or the paragraph end. */
  afterEnd: number;
  /** End of the sentence the quotation closes in. */
  afterSentEnd: number;
  inner: string;
  /** The quotation closes tightly on its attribution: ends with , ? ! or a dash, or lower-case words follow. */
  tight: boolean;
}

export function makeDoc(text: string, rules: Rules, reg: Registry, quotes: readonly RawQuote[], scanned: { tokens: readonly Token[]; paragraphs: readonly Span[]; sentences: readonly Sentence[] }, headline?: string | null): Doc {
  const titleLike = quotes.map((q) => isTitleLike(text.slice(q.start, q.end)));
  return { text, tokens: scanned.tokens, titleLike, rules, verbs: verbsFor(rules), reg, quotes, paras: scanned.paragraphs, sentences: scanned.sentences, headline: headline ?? undefined };
}

/** Is `pos` inside a quotation's marks? (Words inside are the quoted speaker's, not the sentence's subject.) */
export function insideQuote(doc: Doc, pos: number): boolean {
  const qs = doc.quotes;
  let lo = 0, hi = qs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (qs[mid]!.close <= pos) lo = mid + 1; else hi = mid; }
  return lo < qs.length && qs[lo]!.open <= pos;
}

/** The sentence containing offset `pos` (the last one starting at or before it). */
export function sentenceAt(doc: Doc, pos: number): Sentence | null {
  return sentenceHolding(doc.sentences, pos);
}

/** Start of the sentence containing `pos`, not before `floor`. */
export function sentenceStart(doc: Doc, pos: number, floor: number): number {
  return Math.max(floor, sentenceAt(doc, pos)?.start ?? floor);
}

/** End of the sentence containing `pos`, not after `ceil`. */
export function sentenceEnd(doc: Doc, pos: number, ceil: number): number {
  const s = sentenceAt(doc, pos);
  return Math.min(ceil, s && s.end > pos ? s.end : ceil);
}

/** The sentence runs back over titles quoted in it (Johnson tells MSNBC’s “Morning Joe” that “…”). */
function segmentStart(doc: Doc, qi: number, para: Span): number {
  const { quotes, text } = doc, q = quotes[qi]!;
  let segA = qi > 0 && quotes[qi - 1]!.para === q.para ? quotes[qi - 1]!.close : para.start;
  if (doc.titleLike[qi]) return segA;
  for (let k = qi - 1; k >= 0 && quotes[k]!.para === q.para; k--) {
    const pq = quotes[k]!, nextOpen = k === qi - 1 ? q.open : quotes[k + 1]!.open;
    if (!doc.titleLike[k] || /[.!?;:]/.test(text.slice(pq.close, nextOpen))) break;
    segA = k > 0 && quotes[k - 1]!.para === q.para ? quotes[k - 1]!.close : para.start;
  }
  return segA;
}

/**
 * Where the words after a quotation stop: the next quotation of the paragraph, passing over a name or a title in
 * quotation marks inside them ("…“, ereiferte sich der Coach der „Nati“ nach dem Spiel").
 */
function attributionEnd(doc: Doc, qi: number, para: Span): number {
  const { quotes, text } = doc, q = quotes[qi]!;
  for (let k = qi + 1; k < quotes.length && quotes[k]!.para === q.para; k++) {
    const n = quotes[k]!;
    if (!doc.titleLike[k] || isScareQuote(text.slice(n.start, n.end)) === false || /[.!?]\s/.test(text.slice(q.close, n.open))) return n.open;
  }
  return para.end;
}

export function siteOf(doc: Doc, qi: number): Site {
  const { quotes, text } = doc, q = quotes[qi]!, para = doc.paras[q.para]!;
  const prevQ = qi > 0 && quotes[qi - 1]!.para === q.para ? quotes[qi - 1]! : null;
  const nextQ = qi + 1 < quotes.length && quotes[qi + 1]!.para === q.para ? quotes[qi + 1]! : null;
  const segA = segmentStart(doc, qi, para);
  const sentA = sentenceStart(doc, q.open, segA);
  const afterEnd = attributionEnd(doc, qi, para);
  const afterSentEnd = sentenceEnd(doc, Math.min(q.close, para.end - 1), afterEnd);
  const inner = text.slice(q.start, q.end);
  const after = text.slice(q.close, Math.min(afterSentEnd, afterEnd));
  const tight = /[,?!…—–-]$/.test(inner) || !/[.]$/.test(inner) || /^\s*[,—–-]/.test(after) || startsLower(after.trimStart());
  return { q, qi, para, prevQ, nextQ, sentA, afterEnd, afterSentEnd: Math.max(afterSentEnd, q.close), inner, tight };
}
