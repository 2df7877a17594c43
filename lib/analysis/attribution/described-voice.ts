// "„…“, erklärt der Wissenschaftler" a few sentences after "„…“, sagt Haustein": a definite description that no
// word list knows and that the text never used to introduce anyone re-describes the story's current voice — the
// one person named since the last quotation, else the speaker of that quotation (structure, not words).

import { RESOLVE } from '../weights';
import { insideQuote } from './site';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import type { Gender } from '../../rules/languages';

/** The person a description at `pos` re-describes, of the gender its article says when it says one, or null. */
export function describedVoice(r: Resolver, pos: number, gender?: Gender): Who | null {
  const { doc, book, last } = r;
  if (!last || pos - last.pos > RESOLVE.descriptionWindow) return null;
  const since = new Set<Who>();
  for (const m of doc.reg.within(last.pos, pos)) {
    const p = doc.reg.get(m.party);
    if (p.kind === 'person' && !insideQuote(doc, m.s) && p.id !== last.who) since.add(p.id);
  }
  // (two or more newcomers: no telling which one)
  const who = since.size === 1 ? [...since][0]! : since.size ? null : last.who;
  const fits = who !== null && book.kind(who) === 'person' && (!gender || !book.gender(who) || book.gender(who) === gender);
  return fits ? who : null;
}
