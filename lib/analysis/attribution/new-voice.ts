// Between two quotations, a new sentence that names someone and has a verb of saying attributes the next quotation
// anew ("“…”, afirma el portavoz. Desde la Plataforma aseguran que “…”"): the second is no continuation of the first
// speaker's words, even when no pattern finds the new speaker.

import type { Doc } from './site';
import type { Who } from './speakers';
import { hitsIn } from './verbs';

const PLACES = new Set(['place', 'country']);

/** text[a, b), after the sentence that attributes the quotation before, has a verb of saying and names someone other
 * than `prev` before it: a party that is no place, or a capitalised word inside the sentence that no party holds
 * (where only names are capitalised). */
export function newVoiceBetween(doc: Doc, a: number, b: number, prev: Who | null = null): boolean {
  const brk = /[.!?]\s+(?=\p{Lu})/u.exec(doc.text.slice(a, b));
  if (!brk) return false;
  const s = a + brk.index + brk[0].length;
  const verb = hitsIn(doc, doc.verbs.say, s, b)[0];
  if (!verb) return false;
  // (who is named before the verb speaks; a name after it is whom the words are about: "He noted that Sinwar “…”")
  const v = s + verb.index, ms = doc.reg.within(s, v);
  if (ms.some((m) => { const p = doc.reg.get(m.party); return p.id !== prev && !PLACES.has(p.kind); })) return true;
  if (doc.rules.nounsCapitalised) return false;
  // (the sentence's first word is capitalised for that alone)
  for (const w of doc.text.slice(s, v).matchAll(/(?<=\s)\p{Lu}\p{L}+/gu)) {
    const at = s + w.index!;
    if (!ms.some((m) => m.s <= at && at < m.e)) return true;
  }
  return false;
}
