// Where the finite verb stands second (German), a sentence that opens on another phrase has its subject right after
// the verb: "Gleich zu Beginn der Synode gibt Präsidentin Annekathrin Preidel den Ton vor: „…“", "Ähnlich sieht es
// Geoff Yu: „…“". Read only where every noun is capitalised, so a lower-case word is a verb or a small word.

import { forwardMention, wordsIn, type MentionSpan } from './mention';
import { insideQuote, type Doc } from './site';
import { isUpper, startsLower } from '../letters';

/** The person named right after a verb of text[a, b) (no article before the name), when no other person is named
 * in the sentence outside quotation marks. */
export function secondPlaceSubject(doc: Doc, a: number, b: number): MentionSpan | null {
  const { rules, reg } = doc;
  if (!rules.nounsCapitalised) return null;
  const persons = reg.within(a, b).filter((m) => reg.get(m.party).kind === 'person' && !insideQuote(doc, m.s));
  if (persons.length !== 1 || persons[0]!.s === a) return null;
  const ws = wordsIn(doc.text, a, b, rules);
  for (let i = 1; i < ws.length - 1; i++) {
    const w = ws[i]!.w;
    if (!startsLower(w) || rules.functionWords.has(w.toLowerCase()) || rules.clauseWords.has(w.toLowerCase())) continue;
    let j = i + 1;
    // (an impersonal or reflexive pronoun, or an auxiliary, may stand between: "sieht es Geoff Yu", "zeigt sich Preidel")
    while (j < ws.length && (rules.expletives.has(ws[j]!.w) || rules.reflexives.has(ws[j]!.w) || rules.auxiliaries.has(ws[j]!.w))) j++;
    const next = ws[j];
    if (!next || !isUpper(next.w[0])) continue;
    const fm = forwardMention(doc.text, next.s, b, rules);
    // (the phrase ends on the one person named: "Präsidentin Annekathrin Preidel"; after "bayerischen",
    // "Landessynode" is no subject and the next verb is tried)
    const p = persons[0]!;
    if (fm && fm.s <= p.s && fm.e >= p.e && !/\s\p{Ll}/u.test(doc.text.slice(fm.s, p.s))) return fm;
  }
  return null;
}
