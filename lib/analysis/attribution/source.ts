// "laut israelischen Medienberichten", "according to local reports": the phrase a source preposition governs is a
// source; a bare one (no article or possessive to point at something the text introduced) is shown as the speaker
// only when it names somebody: a party the text names, a pronoun, a noun for a speaker (a role, a spokesperson, a
// group, an organisation), or a capital that may open a name (in German, which capitalises every noun, only a
// capital opening the phrase: "laut britischen Medienberichten" opens on an adjective).

import { isCapWord, isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import type { Doc } from './site';

/** The source phrase m names a speaker (rather than reports, polls or circles nobody names). */
export function namesSpeaker(doc: Doc, m: MentionSpan): boolean {
  const { rules } = doc;
  const ws = doc.text.slice(m.s, m.e).split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
  if (!ws.length || rules.determiners.has(ws[0]!.toLowerCase()) || doc.reg.within(m.s, m.e).length) return true;
  // (where every noun is capitalised only a lower-case opening is known to be no name: "laut Bundesregierung" stays)
  if (rules.nounsCapitalised ? isCapWord(ws[0]!) : ws.some((w) => isCapWord(w))) return true;
  return ws.some((w) => !!pronounOf(w.toLowerCase(), rules) || isSpeakerNoun(w, rules));
}
