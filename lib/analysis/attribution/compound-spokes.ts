// "sagte ein Feuerwehrsprecher", "der Feuerwehr-Sprecher": a compound of a body's name and a spokesperson noun
// speaks for that body, as "ein Sprecher der Feuerwehr" does — the body the text named with that word
// ("Berliner Feuerwehr"). Compounds are how German, Dutch or Swedish say it; the split needs no word list beyond
// the spokesperson nouns.

import { RESOLVE } from '../weights';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** The shortest body word a compound's first part may be ("Amt" too short to tell from other words). */
const PART_MIN = 4;

/** The organisation a compound spokesperson noun among `words` (lower case) speaks for, or null. */
export function compoundSpokesBody(r: Resolver, pos: number, words: readonly string[]): Who | null {
  const { reg, rules } = r.doc;
  for (const w of words) {
    const spoke = [...rules.spokes].find((s) => w.length > s.length + PART_MIN - 1 && w.endsWith(s));
    if (!spoke) continue;
    const part = w.slice(0, -spoke.length).replace(/-$/, '');
    // (the linking "s" of "Regierungssprecher")
    const parts = part.endsWith('s') ? [part, part.slice(0, -1)] : [part];
    const names = (n: string) => n.toLowerCase().split(/[\s-]+/);
    // ("eine NDB-Sprecherin": a part set off by its hyphen is a whole word, an acronym as short as two letters, that
    // must be one of the body's names as it is)
    const hyphened = w.length > spoke.length && w[w.length - spoke.length - 1] === '-';
    const fits = (x: string, q: string) => (q.length >= PART_MIN && x.endsWith(q)) || (hyphened && q.length >= 2 && x === q);
    const m = reg.lastBefore(pos, RESOLVE.organisationWindow, (p) => p.kind === 'organization'
      && [p.name, ...p.aliases].some((n) => names(n).some((x) => parts.some((q) => fits(x, q)))));
    if (m) return reg.get(m.party).id;
  }
  return null;
}
