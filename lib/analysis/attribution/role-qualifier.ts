// "the Ministry of Foreign Affairs spokesperson" is not the person the text called "Pakistan's military
// spokesperson": a role phrase that names whose role it is (a body's name of two or more capitalised words) stands
// only for a holder whose own role phrases name it too, or name nobody. No word list: the capitalised words of the
// mention against the words written around the holder's name, compared by their first letters (so "Foreign
// Ministry" fits "Ministry of Foreign Affairs", "Amtes" fits "Amt").

import { isTitleWord, roleOf } from '../parties/lexicon';
import type { PartyRecord } from '../parties';
import { insideQuote, type Doc } from './site';

/** Letters compared: enough to tell words apart, few enough to let case endings and derived forms meet. */
const STEM = 5;
/** How far around a holder's name its role phrase is read, at most. */
const REACH = 80;
const stem = (w: string) => w.toLowerCase().replace(/['’]s$/, '').slice(0, STEM);
const WORD = /[\p{L}][\p{L}'’.-]*/gu;
const CAP = /^\p{Lu}/u;

/** The stems of the capitalised words in the role phrase text[s, e) that are no role and not its first word; null
 * when fewer than two (a phrase naming no body: "the senator", "the Republican senator"). */
export function roleQualifier(doc: Doc, s: number, e: number): Set<string> | null {
  const words = [...doc.text.slice(s, e).matchAll(WORD)].map((m) => m[0]).slice(1);
  const caps = words.filter((w) => CAP.test(w) && !roleOf(w, doc.rules) && !doc.rules.spokes.has(w.toLowerCase()) && !doc.rules.functionWords.has(w.toLowerCase()));
  return caps.length >= 2 ? new Set(caps.map(stem)) : null;
}

/** The clause around a mention of the holder: back to a punctuation mark, and an apposition after it
 * ("Lt. Gen. Ahmed Sharif, Pakistan's military spokesperson, says"). */
function around(doc: Doc, s: number, e: number): { before: string; after: string } {
  const back = doc.text.slice(Math.max(0, s - REACH), s);
  const cut = Math.max(...[...back.matchAll(/[,;:.!?()“”"«»—–]\s/g)].map((m) => m.index + 1), 0);
  const ahead = doc.text.slice(e, e + REACH);
  const app = /^\s*,([^,;:.!?()“”"«»—–]*)/.exec(ahead);
  return { before: back.slice(cut), after: app ? app[1]! : '' };
}

/**
 * The holder p may be the one the qualified role phrase names: its own role phrases share a word with the
 * qualifier, or name nothing capitalised of their own (a bare "spokesman Tom Reddle" may be anyone's).
 */
export function qualifierFits(doc: Doc, p: PartyRecord, qualifier: Set<string>): boolean {
  const own = new Set(p.name.split(/\s+/).map(stem));
  let named = false;
  const words = (t: string) => [...t.matchAll(WORD)].map((m) => m[0]);
  for (const d of words(p.description ?? '')) { if (qualifier.has(stem(d))) return true; if (CAP.test(d) && !roleOf(d, doc.rules)) named = true; }
  for (const m of p.mentions) {
    if (insideQuote(doc, m.s)) continue;
    const { before, after } = around(doc, m.s, m.e);
    const ws = [...words(before), ...words(after)];
    if (ws.some((w) => qualifier.has(stem(w)))) return true;
    // (a capitalised word of its own that is no title, no role and no part of the name: the holder's affiliation)
    if (ws.some((w) => CAP.test(w) && !/\.$/.test(w) && !own.has(stem(w)) && !isTitleWord(w, doc.rules) && !doc.rules.functionWords.has(w.toLowerCase()) && !doc.rules.determiners.has(w.toLowerCase()))) named = true;
  }
  return !named;
}
