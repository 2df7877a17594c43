// A fronted clause before a sentence's subject: "In a Fox interview later that day, Trump …", "When Wallace died,
// Clinton …" (its length, so that the subject is looked for after it).

import { insideQuote, type Doc } from './site';
import { LETTER } from '../letters';

/** A participle ("adding", "ajoutant", "añadiendo"): a verb with no subject of its own after it. */
export const PARTICIPLE = /(?:ing|ant|end|ando|endo)$/i;

export const LEAD_WORD = new RegExp(`^(${LETTER}(?:${LETTER}|[’'])*),?\\s+`);

/** "In a Fox interview later that day, Trump …:", "When Wallace died, Clinton …:": the length of a fronted clause
 * (a preposition or conjunction opening the sentence, up to its comma) before the subject of a colon's sentence;
 * with `participle`, also a participle's ("Appearing before the World Court, the delegation said …"). */
export function frontedClause(doc: Doc, start: number, before: string, colonOnly = true, participle = false): number {
  const lead = /^[\s“"‘„«]*/.exec(before)![0].length;
  const w = LEAD_WORD.exec(before.slice(lead));
  const first = w?.[1]!.toLowerCase() ?? '';
  // only where the sentence introduces the quotation with a colon ("…, Trump went even further: “…”")
  const opener = doc.rules.clauseWords.has(first) || (participle && first.length > 5 && PARTICIPLE.test(first));
  if (!w || (colonOnly && !/:\s*$/.test(before)) || !opener || doc.rules.determiners.has(first) || w[0].includes(',')) return 0;
  const comma = before.indexOf(', ', lead);
  return comma > 0 && !insideQuote(doc, start + comma) ? comma + 2 : 0;
}
