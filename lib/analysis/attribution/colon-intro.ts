// A quotation after a clause that names one person (or body) and hands over with a colon: "Auf sie nimmt auch der
// Islamexperte Guido Steinberg Bezug: Der Wiener … baute …. „…“", "The timing doesn't surprise pollster Daron Shaw:
// “…”". What follows the colon, up to the quotation, is that one's account, in any language: the structure (the
// colon, the one name before it, no other verb of saying or quotation between) says who speaks, not a word list.

import type { Attr } from './after';
import { isOwner, pronounOf } from './mention';
import { insideQuote, sentenceStart, type Doc, type Site } from './site';
import { hitsIn } from './verbs';
import { ATTRIBUTION } from '../weights';
import { allUpper } from '../letters';
import { isScareQuote } from '../quotes';
import { onlyAtStarts } from '../parties/repeated';

const SPEAKS: readonly string[] = ['person', 'organization'];
/** A word in capitals longer than an acronym (a heading's label), or a word capitalised only where a sentence opens. */
const notName = (doc: Doc, m: string) => (m.length > 5 && allUpper(m))
  || m.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && onlyAtStarts(w.toLowerCase(), doc.reg.uses, doc.rules));

export function colonIntro(doc: Doc, st: Site): Attr | null {
  const { text } = doc;
  const c = lastColon(text, st);
  if (c < st.para.start || (st.prevQ && st.prevQ.close > c) || insideQuote(doc, c)) return null;
  // right after the colon, or opening a sentence of its own after the colon's words; no one else said to speak between
  const gap = text.slice(c + 1, st.q.open);
  const own = text.slice(st.sentA, st.q.open).trim();
  if (gap.trim() && (own || gap.length > ATTRIBUTION.colonIntroChars || !/[.!?…]\s*$/.test(gap))) return null;
  if (isScareQuote(st.inner) || hitsIn(doc, doc.verbs.say, c + 1, st.q.open).length) return null;
  // (the clause after an earlier colon of the sentence: "Galaxy Watch 7-Reihe: Die neuen Uhren erscheinen in …:")
  const cs = sentenceStart(doc, c, st.para.start);
  return oneNamed(doc, Math.max(cs, text.lastIndexOf(':', c - 1) + 1), c);
}

/** The last colon before the quotation that could introduce it: across white space alone, or within the words a
 * colon may stand before it. Searched in that window only (searching the whole text back made a long paragraph of
 * many quotations quadratic); -1 when none. */
function lastColon(text: string, st: Site): number {
  let w = st.q.open;
  while (w > st.para.start && /\s/.test(text[w - 1]!)) w--;
  if (text[w - 1] === ':') return w - 1;
  const lo = Math.max(st.para.start, st.q.open - 1 - ATTRIBUTION.colonIntroChars), k = text.slice(lo, st.q.open).lastIndexOf(':');
  return k < 0 ? -1 : lo + k;
}

/** The one person or body text[a, b) names outside quotations (not as an owner), when no pronoun is the clause's
 * subject ("Er verweist auf Merkel:") and the name is no preposition's object ("Das Fazit zu Wish:"). */
function oneNamed(doc: Doc, a: number, b: number): Attr | null {
  const { text, reg } = doc;
  // (a possessive owner is no one who speaks: "The timing of Sanders’ surge doesn't surprise pollster Daron Shaw:")
  // (nor a label in capitals, "FAREWELL—“…,” by …:", nor a common word that opens a sentence, "B. Follow the …:")
  const named = reg.within(a, b).filter((m) => SPEAKS.includes(reg.get(m.party).kind) && !insideQuote(doc, m.s) && !isOwner(text, m) && !notName(doc, text.slice(m.s, m.e)));
  const ids = new Set(named.map((m) => reg.get(m.party).id));
  const m = named[named.length - 1];
  if (ids.size !== 1 || !m) return null;
  if (afterPreposition(doc, text.slice(a, m.s))) return null;
  return pronounAsSubject(doc, a, b) ? null : { m: { s: m.s, e: m.e }, how: 'colon-intro' };
}

/** The words before a name end in a preposition (of the clause words), maybe with an article after it ("durch die
 * Hamas", "of the Coliseum", "desde el Ayuntamiento"): the name is what the clause is about, not who speaks. */
function afterPreposition(doc: Doc, before: string): boolean {
  const { rules } = doc;
  const ws = before.split(/[^\p{L}]+/u).filter(Boolean).map((w) => w.toLowerCase());
  let i = ws.length - 1;
  if (i >= 0 && rules.determiners.has(ws[i]!)) i--;
  const w = ws[i];
  return !!w && rules.clauseWords.has(w) && !rules.determiners.has(w) && !rules.conjunctions.has(w);
}

/** A personal pronoun in text[a, b) that no function word (a preposition: "Auf sie") comes right before. */
function pronounAsSubject(doc: Doc, a: number, b: number): boolean {
  const ws = doc.text.slice(a, b).split(/[^\p{L}]+/u).filter(Boolean);
  return ws.some((w, i) => {
    const g = pronounOf(w, doc.rules);
    return !!g && g !== 'o' && (i === 0 || !doc.rules.functionWords.has(ws[i - 1]!.toLowerCase()));
  });
}
