// Reported speech outside quotation marks ("Levitt said the deal was still possible", "Sadeq Abu Amer told the AP"):
// who spoke last before a point of the text. A reader takes "he" in the next quotation for that speaker; so does
// resolution. Looked up only where a pronoun needs it, over the sentences just before it.

import { backwardMention } from './subject';
import { forwardMention, isOwner, pronounOf } from './mention';
import { insideQuote, type Doc } from './site';
import { hitsIn, verbMatches } from './verbs';
import { describedHead } from './apposition';
import type { Who } from './speakers';
import type { Sentence } from '../text';
import { letterRunEnd } from '../text/props';

export interface SpeechEvent { pos: number; who: Who }

/** The speech event of sentence text[a, b) that is the last one found walking back from b, or null. */
function eventIn(doc: Doc, s: Sentence, a: number, b: number): SpeechEvent | null {
  const said = sayEventIn(doc, s, a, b), source = accordingEventIn(doc, s, b);
  return said && source ? (said.pos > source.pos ? said : source) : said ?? source;
}

/** "According to Hawk, the best approach is …": the person a sentence opens by crediting its claim to spoke it, as a
 * reader takes the "he said" that follows (not "Trump tweeted, quoting Comey": Comey is whom Trump quotes). */
function accordingEventIn(doc: Doc, s: Sentence, b: number): SpeechEvent | null {
  const { text, reg } = doc;
  const acc = hitsIn(doc, doc.verbs.according, s.start, b)[0];
  if (!acc || text.slice(s.start, s.start + acc.index).trim() !== '') return null;
  const at = s.start + acc.index;
  const fm = forwardMention(text, at + acc[0].length, b, doc.rules);
  const named = fm ? reg.within(fm.s, fm.e).filter((m) => reg.get(m.party).kind === 'person') : [];
  const last = named[named.length - 1];
  return last ? { pos: at, who: reg.get((describedHead(doc, last) ?? last).party).id } : null;
}

/** "Levitt said …", "said Levitt": a verb of saying and its subject. */
function sayEventIn(doc: Doc, s: Sentence, a: number, b: number): SpeechEvent | null {
  const { text, reg } = doc;
  const verbs = verbMatches(doc, doc.verbs.say, a, b);
  for (let v = verbs.length - 1; v >= 0; v--) {
    const at = a + verbs[v]!.index;
    if (insideQuote(doc, at)) continue;
    // "Levitt said …", or the subject after its verb: "said Levitt", "sagt Rektorin Eileen Lyons"; not after a
    // subject of its own ("He said Mr Makama later subleased …": Makama is whom he speaks about)
    const back = backwardMention(text, s.start, at, doc.rules);
    const ahead = back && (ownSubject(doc, back) || describedOpener(doc, s, back)) ? null : forwardMention(text, at + verbs[v]![0].length + 1, s.end, doc.rules);
    for (const bm of [back, ahead]) {
      // ("Jones' charge that …": a possessive name owns the noun, it does not speak)
      if (!bm || isOwner(text, bm)) continue;
      const named = reg.within(bm.s, bm.e).filter((m) => reg.get(m.party).kind === 'person' && !insideQuote(doc, m.s));
      // (the last person named, unless that name is in the modifier of a role apposed to the one before)
      const last = named[named.length - 1];
      if (last) return { pos: at, who: reg.get((describedHead(doc, last) ?? last).party).id };
    }
  }
  return null;
}

/** A personal pronoun or a person named: the verb's subject stands before it (not "Dazu sagte Albers"). */
function ownSubject(doc: Doc, m: { s: number; e: number }): boolean {
  const g = pronounOf(doc.text.slice(m.s, m.e).trim(), doc.rules);
  if (g) return g !== 'o' && g !== 'n';
  return doc.reg.within(m.s, m.e).some((x) => doc.reg.get(x.party).kind === 'person');
}

/** "Der Minister kritisierte Paul Brandt", "The senator criticized Trump": a description opening the sentence is
 * the verb's subject; the name after the verb is whom it spoke of. */
function describedOpener(doc: Doc, s: Sentence, m: { s: number; e: number }): boolean {
  const span = doc.text.slice(m.s, m.e), first = span.slice(0, letterRunEnd(span, 0)).toLowerCase();
  return doc.rules.determiners.has(first) && !pronounOf(first, doc.rules) && /^[\s"“„«‹(]*$/u.test(doc.text.slice(s.start, m.s));
}

/** Whole sentences' events, computed once a document (the ranker asks about the same sentences quotation after
 * quotation). */
const whole = new WeakMap<Doc, Map<number, SpeechEvent | null>>();

/** The person named last as the subject of a verb of saying in text[a, b), outside quotations. */
export function lastSpeechEvent(doc: Doc, a: number, b: number): SpeechEvent | null {
  const { sentences } = doc;
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.start < b) lo = mid + 1; else hi = mid; }
  let memo = whole.get(doc);
  if (!memo) whole.set(doc, memo = new Map());
  for (let k = lo - 1; k >= 0 && sentences[k]!.end > a; k--) {
    const s = sentences[k]!;
    const full = s.start >= a && s.end <= b;
    let ev = full ? memo.get(k) : undefined;
    if (ev === undefined) {
      ev = eventIn(doc, s, Math.max(a, s.start), Math.min(b, s.end));
      if (full) memo.set(k, ev);
    }
    if (ev) return ev;
  }
  return null;
}
