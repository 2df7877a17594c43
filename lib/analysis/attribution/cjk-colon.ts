// Chinese introduces a quotation with its speaker, a verb of saying and a colon: 林剑表示：“…”. Between the name and
// the verb the text may give the name's original spelling in brackets (丹尼尔·霍特(Daniel Huot)表示：), and a
// transliterated name joins its parts with a middle dot; "他说：" (he said) names the speaker by a pronoun, resolved
// to the one person the text just named (cjk-pronoun.ts).

import type { MentionSpan } from './mention';
import type { Attr } from './after';
import { pronounReferent } from './cjk-pronoun';
import { insideQuote, type Doc } from './site';

/** Characters of a name written in Han or Latin letters, with the dots a transliterated name joins its parts with. */
const NAME_CHAR = /[\u4E00-\u9FFF\u3400-\u4DBFA-Za-z0-9·‧・]/;
const HAN = /[\u4E00-\u9FFF\u3400-\u4DBF]/;
/** The longest name a colon introduction is read back over. */
const NAME_MAX = 24;
/** The longest bracketed original spelling skipped between the name and its verb. */
const ORIGINAL_MAX = 40;

/** The speaker of the quotation opening at `open`, introduced by "X 表示：" in the sentence from `sentStart`. */
export function zhColonSpeaker(doc: Doc, sentStart: number, open: number): Attr | null {
  const { text, rules } = doc;
  const before = text.slice(sentStart, open);
  if (!/[:：]\s*$/.test(before)) return zhVerbSpeaker(doc, sentStart, open);
  const head = before.replace(/\s*[:：]\s*$/, '');
  // (the name ends before its verb: "尹总统表示：" → "尹总统")
  const verb = rules.say.filter((v) => head.endsWith(v) && head.length > v.length).sort((x, y) => y.length - x.length)[0] ?? '';
  const end = skipOriginal(text, sentStart + head.length - verb.length, sentStart);
  const pronoun = verb ? pronounBefore(doc, end, sentStart) : null;
  if (pronoun) { const ref = pronounReferent(doc, pronoun.s); return ref ? { m: pronoun, how: 'cjk', ref } : null; }
  const m = nameEndingAt(text, end, sentStart);
  return m ? { m, how: 'cjk' } : null;
}

/** "马素湘表示，“…”", "委员张近东提出“…”": a verb of saying right before the quotation or its comma, without a colon.
 * A run of Han characters has no word breaks, so the speaker is a person or body the tagger named in the verb's
 * clause (after the last comma before it), or a pronoun right before the verb; nothing else. */
function zhVerbSpeaker(doc: Doc, sentStart: number, open: number): Attr | null {
  const { text, rules } = doc;
  const head = text.slice(sentStart, open).replace(/\s*[，,]?\s*$/, '');
  const verb = rules.say.filter((v) => head.endsWith(v) && head.length > v.length).sort((x, y) => y.length - x.length)[0];
  if (!verb) return null;
  const end = sentStart + head.length - verb.length;
  const pronoun = pronounBefore(doc, end, sentStart);
  if (pronoun) { const ref = pronounReferent(doc, pronoun.s); return ref ? { m: pronoun, how: 'cjk', ref } : null; }
  const clause = sentStart + Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('、')) + 1;
  const named = doc.reg.within(clause, end).filter((m) => ['person', 'organization'].includes(doc.reg.get(m.party).kind) && !insideQuote(doc, m.s)).pop();
  // (a one-character verb may end a noun, 小说 "novel": there the name must stand right before it)
  if (!named || ([...verb].length === 1 && named.e !== end)) return null;
  return { m: { s: named.s, e: named.e }, how: 'cjk' };
}

/** Where the name ends when a bracketed original spelling closes at `end` ("霍特(Daniel Huot)"): before the bracket. */
export function skipOriginal(text: string, end: number, floor: number): number {
  if (!'）)'.includes(text[end - 1] ?? '')) return end;
  const open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
  if (open <= floor || end - open > ORIGINAL_MAX || !HAN.test(text[open - 1] ?? '')) return end;
  return open;
}

/** A pronoun right before the verb that opens its clause ("。他说：", "，她表示："), as a mention to resolve. */
function pronounBefore(doc: Doc, end: number, floor: number): MentionSpan | null {
  const { text, rules } = doc;
  const p = [...rules.pronouns.keys()].filter((w) => HAN.test(w) && text.slice(floor, end).endsWith(w)).sort((a, b) => b.length - a.length)[0];
  if (!p) return null;
  const s = end - p.length;
  return s === floor || !NAME_CHAR.test(text[s - 1]!) ? { s, e: end } : null;
}

/** The name run that ends at `end` (walking back over name characters), as offsets, or null. */
function nameEndingAt(text: string, end: number, floor: number): MentionSpan | null {
  let s = end;
  while (s > floor && NAME_CHAR.test(text[s - 1]!) && end - s < NAME_MAX) s--;
  // (a dot at either edge joins no name)
  while (s < end && /[·‧・]/.test(text[s]!)) s++;
  return end - s >= 2 ? { s, e: end } : null;
}
