// "… holding a sign that read “…”", "une pancarte qui disait « … »": a verb of saying right after a relative pronoun
// with no comma before it (a restrictive clause) has the phrase before the pronoun for subject, never the subject of
// an earlier verb of the sentence ("A video … showed"). A party named there speaks; a thing or an unnamed one does
// not: the words are nobody's, with no words for a speaker either (how 'thing').

import { wordsIn, type MentionSpan } from './mention';
import type { Doc } from './site';
import type { Attr } from './after';
import { hitsIn } from './verbs';
import { SUBJECT_RELATIVE } from './subject';
import { isUpper } from '../letters';
import { isSpaceCode, letterRunEnd } from '../text/props';
import { charWidth } from '../text/chars';

/** Words read back from the pronoun for the phrase it hangs on. */
const MAX_PHRASE_WORDS = 4;

/** The subject of the verb of saying right before the quotation that opens at `open`, in the sentence from `a`, when
 * a restrictive relative pronoun stands right before that verb (null: none does). */
export function relativeSubject(doc: Doc, a: number, open: number): Attr | null {
  const { rules, text } = doc;
  if (!rules.relatives.size) return null;
  // (the verb ends right before the quotation, a colon or comma at most between: "that read “…”"; verbMatches leaves
  // it out as a noun after "that")
  const v = hitsIn(doc, doc.verbs.say, a, open).pop();
  if (!v || !/^[\s:,]*$/.test(text.slice(a + v.index + v[0].length, open))) return null;
  const ws = wordsIn(text, a, a + v.index, rules);
  const rel = ws[ws.length - 1], prev = ws[ws.length - 2];
  // (the pronoun right before the verb, with no comma between it and the phrase it hangs on)
  if (!rel || !prev || !rules.relatives.has(rel.w.toLowerCase()) || text.slice(prev.e, rel.s).trim()) return null;
  // (a party whose mention ends right before the pronoun: "the Farmers Union that said")
  const named = doc.reg.within(Math.max(a, prev.s - 80), rel.s).filter((x) => x.e >= prev.e).pop();
  if (named) return { m: { s: named.s, e: named.e }, how: 'before', verb: v[0] };
  return { m: phraseBefore(doc, ws.slice(0, -1)), how: 'thing', verb: v[0] };
}

/** The phrase that ends with the last of `ws`: back to its determiner, at most a few words ("a sign"). */
function phraseBefore(doc: Doc, ws: { s: number; e: number; w: string }[]): MentionSpan {
  const last = ws[ws.length - 1]!;
  for (let k = ws.length - 1; k >= Math.max(0, ws.length - MAX_PHRASE_WORDS); k--) {
    if (doc.rules.determiners.has(ws[k]!.w.toLowerCase())) return { s: ws[k]!.s, e: last.e };
  }
  return { s: last.s, e: last.e };
}

const MARKS = '”“"»«’';

/** `/^[\s”“"»«’]*,\s*(\p{L}+)\s+(\p{L})/u.exec(t)`'s groups by a scan (the pattern was compiled on most pages): the
 * word after a comma that closing marks and spaces may precede, and the letter that opens the next word. Each run
 * read is maximal where the next piece cannot begin inside it, so the match is the pattern's. */
export function wordAfterComma(t: string): [string, string] | null {
  let i = 0;
  while (i < t.length && (isSpaceCode(t.charCodeAt(i)) || MARKS.includes(t[i]!))) i++;
  if (t[i] !== ',') return null;
  i++;
  while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
  const e = letterRunEnd(t, i);
  let k = e;
  while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
  return e > i && k > e && letterRunEnd(t, k) > k ? [t.slice(i, e), t.slice(k, k + charWidth(t, k))] : null;
}

/** "vor sogenannten „Einweg-Agenten“, die für Russland agieren", "a “red line”, which Beijing drew": a relative clause
 * right after the closing mark is about the quoted words, whatever it names; no speaker after them. */
export function relativeAfterQuote(doc: Doc, close: number): boolean {
  const m = wordAfterComma(doc.text.slice(close, close + 40));
  if (!m) return false;
  const w = m[0].toLowerCase();
  // (where nouns are capitalised, an article before one is no relative: "„…“, die Ministerin …")
  return (doc.rules.relatives.has(w) || SUBJECT_RELATIVE.test(w)) && !(doc.rules.nounsCapitalised && isUpper(m[1]));
}
