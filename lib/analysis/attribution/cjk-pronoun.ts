// "戴夫·汉森（Dave Hanson）研究酒精超过40年。他说：“…”": a Chinese pronoun before a colon introduction stands for the
// one person the text names just before it: in its paragraph before the pronoun, else (a paragraph that opens on the
// pronoun) in the last paragraph before that reads as narrative (a sentence end in it: no caption or heading). Two
// different persons there, or none, and the pronoun is left unresolved: better no speaker than a wrong one.

import { insideQuote, type Doc } from './site';
import type { MentionSpan } from './mention';

const SENTENCE_END = /[。！？!?]/;
/** Paragraphs walked back over looking for the narrative one. */
const PARAS_BACK = 3;

/** The span of the one person a Chinese pronoun at `pos` stands for, or null. */
export function pronounReferent(doc: Doc, pos: number): MentionSpan | null {
  const { text } = doc;
  let start = text.lastIndexOf('\n', pos - 1) + 1;
  // (the one person named since the paragraph's last quotation before the pronoun, if any: "张三提出“…”对此，李四认为…。
  // 他认为：" is 李四's; the quotation ended 张三's turn)
  const since = lastCloseIn(doc, start, pos);
  const recent = since > start ? personsIn(doc, since, pos) : [];
  if (recent.length && new Set(recent.map((m) => doc.reg.get(m.party).id)).size === 1) return recent[recent.length - 1]!;
  let found = personsIn(doc, start, pos);
  for (let back = 0; !found.length && back < PARAS_BACK && start > 0; back++) {
    const end = start;
    start = text.lastIndexOf('\n', end - 2) + 1;
    const para = text.slice(start, end).trim();
    if (!para) { back--; continue; }
    if (SENTENCE_END.test(para.replace(/[”"」』]+$/, '').slice(-1))) found = personsIn(doc, start, end);
  }
  const ids = new Set(found.map((m) => doc.reg.get(m.party).id));
  return ids.size === 1 ? found[found.length - 1]! : null;
}

/** The end of the last quotation that closes in text[a, b), or a. */
function lastCloseIn(doc: Doc, a: number, b: number): number {
  let end = a;
  for (const q of doc.quotes) if (q.close > a && q.close <= b) end = q.close;
  return end;
}

/** The person mentions of text[a, b) outside quotations and brackets (an original spelling in brackets repeats the
 * name before it under another party, "（Dave Hanson）"). */
function personsIn(doc: Doc, a: number, b: number) {
  return doc.reg.within(a, b).filter((m) => doc.reg.get(m.party).kind === 'person' && !insideQuote(doc, m.s) && !bracketed(doc.text, a, m.s));
}

/** An open bracket before `pos` in text[a, pos) that is not closed yet. */
function bracketed(text: string, a: number, pos: number): boolean {
  const s = text.slice(a, pos);
  return Math.max(s.lastIndexOf('（'), s.lastIndexOf('(')) > Math.max(s.lastIndexOf('）'), s.lastIndexOf(')'));
}
