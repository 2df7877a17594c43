// "“A … (no closing mark) ¶ Club statement ¶ — Club (@club) 20 November ¶ “B …”": a statement left open and broken
// by an embedded post's lines goes on in the next paragraph that opens with a quotation mark. The lines in between
// are no prose (no sentence ends, no quotation marks), so nobody else speaks there: B is the same speaker's.

import type { RawQuote } from '../quotes';
import type { Doc } from './site';
import type { Attributed } from './index';
import { ATTRIBUTION } from '../weights';

const CLOSING = /[”"»«“’‘„']/;

/** Lines between two paragraphs that are a post's label, name and date: short, no sentence end, nothing quoted. */
function insertOnly(doc: Doc, fromPara: number, toPara: number): boolean {
  const n = toPara - fromPara - 1;
  if (n < 1 || n > ATTRIBUTION.insertMaxParas) return false;
  const between = doc.paras.slice(fromPara + 1, toPara).map((p) => doc.text.slice(p.start, p.end).trim());
  if (between.join(' ').length > ATTRIBUTION.insertMaxChars) return false;
  return between.every((l) => !/[.!?…:;]$/.test(l) && !/[“”"«»„]/.test(l));
}

/** The quotation q resumes the open statement `prev` (see above). */
function resumesOpenStatement(doc: Doc, q: RawQuote, prev: Attributed | undefined): boolean {
  if (!prev || (prev.who === null && !prev.mention)) return false;
  const para = doc.paras[q.para];
  // (the statement before lacks its closing mark: it ended with its paragraph, still open)
  if (!para || q.open !== para.start || CLOSING.test(doc.text[prev.q.close - 1] ?? '')) return false;
  return insertOnly(doc, prev.q.para, q.para);
}

/** Each quotation left without a speaker that resumes the open statement before it takes that statement's speaker
 * (after the parts of multi-paragraph quotations have shared theirs). */
export function shareResumed(doc: Doc, out: Attributed[]): void {
  for (let i = 1; i < out.length; i++) {
    const o = out[i]!, prev = out[i - 1]!;
    if (o.who !== null || o.mention || !resumesOpenStatement(doc, o.q, prev)) continue;
    o.who = prev.who; o.mention = prev.mention; o.how = 'resumed';
  }
}
