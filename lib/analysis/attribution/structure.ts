// Speakers from structure, not words: where the language has no list of verbs of saying (Turkish, Arabic…) or the
// sentence holds none of its verbs, a quotation set off by punctuation alone from the one person its sentence
// names is that person's words: `Şimşek, "…" dedi.`, `قال بلينكن: "…"`, `"…", Lavrov.`. The tagger's person type
// is the evidence that the words beside the marks are a name; a sentence naming two people decides nothing.

import type { Doc, Site } from './site';
import type { Attr } from './after';
import type { Mention } from '../parties';
import { isTitleLike } from '../quotes';
import { hitsIn } from './verbs';
import { ATTRIBUTION } from '../weights';

/** Only punctuation between a name and the marks: a comma, a colon or a dash (one at least). */
const BEFORE_MARKS = /^\s*[,:—–-]\s*$/;
const AFTER_MARKS = /^\s*(?:,|,?\s*[—–-])\s*$/; // ", — " too («…», — сказал X)

/** A person by the tagger's vote: its person votes lead the others. */
function taggedPerson(doc: Doc, m: Mention): boolean {
  const p = doc.reg.get(m.party);
  return p.kind === 'person' && p.votes.PER > 0 && p.votes.PER >= Math.max(p.votes.ORG, p.votes.LOC);
}

/** The word before the name is a preposition or conjunction the language lists ("with Clinton: “…”", "in regard
 * to Clinton, “…”"): the name is that word's object, not the quotation's source. */
function governed(doc: Doc, m: Mention, floor: number): boolean {
  const w = /([\p{L}\p{M}'’-]+)[^\p{L}\p{M}]*$/u.exec(doc.text.slice(floor, m.s));
  return !!w && (doc.rules.clauseWords.has(w[1]!.toLowerCase()) || doc.rules.functionWords.has(w[1]!.toLowerCase()));
}

/** The one person named in the quotation's sentence, outside its marks, right beside them. */
export function adjacentPerson(doc: Doc, st: Site): Attr | null {
  const { text } = doc, end = Math.min(st.afterSentEnd, st.afterEnd);
  // (the cheap tests first: this runs on every quotation of every language)
  const around = [...doc.reg.within(st.sentA, st.q.open), ...doc.reg.within(st.q.close, end)];
  const m = around.length === 1 ? around[0]! : null;
  if (!m || !taggedPerson(doc, m)) return null;
  const beside = (m.e <= st.q.open && BEFORE_MARKS.test(text.slice(m.e, st.q.open))) || (m.s >= st.q.close && AFTER_MARKS.test(text.slice(st.q.close, m.s)));
  if (!beside || governed(doc, m, st.sentA) || isTitleLike(st.inner) || st.inner.trim().split(/\s+/).length < ATTRIBUTION.adjacentMinWords) return null;
  if (hitsIn(doc, doc.verbs.say, st.sentA, st.q.open).length || hitsIn(doc, doc.verbs.say, st.q.close, end).length) return null;
  return { m: { s: m.s, e: m.e }, how: 'adjacent' };
}
