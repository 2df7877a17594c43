// "Le président du Kazakhstan, …, a ordonné de «…». «Kassym-Jomart Tokaïev a chargé …», a rapporté son porte-parole":
// a role of a named country or body that nobody before holds (the story's other presidents are of other countries)
// is the person the text names in that role in the lines that follow, in this paragraph or the next, quoted or not.

import type { Doc } from './site';
import type { Speakers, Who } from './speakers';

/** The first person named after `pos`, to the end of the next paragraph, who holds `role` and passes `fits`. */
export function holderAhead(doc: Doc, book: Speakers, role: string, pos: number, fits: (who: Who) => boolean): Who | null {
  const k = doc.paras.findIndex((p) => p.end > pos);
  if (k < 0) return null;
  const end = doc.paras[Math.min(k + 1, doc.paras.length - 1)]!.end;
  const holds = (words: Set<string>) => [...words].some((w) => w === role || w.endsWith(role));
  const m = doc.reg.firstAfter(pos, end - pos, (p, x) => x.s > pos && p.kind === 'person' && holds(p.roleWords) && fits(p.id));
  return m ? book.id(doc.reg.get(m.party).id) : null;
}
