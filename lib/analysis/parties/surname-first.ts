// "dem bereits verwarnten Embolo Gelb-Rot" after "Breel Embolo": a two-word name that opens with the surname of a
// person the text names in full is that person and a word after them (here the card he was shown), since a surname
// ends a name. The mention is cut back to the surname and given to that person; a tagger sure of the two-word name,
// or a second word the text uses in another name, leaves it alone.

import { PARTY_FILTER } from '../weights';
import type { PartyRecord, Registry } from './registry';

/** Typed a person, or read as one by the tagger or the words around it (kinds are settled later). */
const isPerson = (p: PartyRecord) => p.kind === 'person' || p.evidence.person > 0 || p.votes.PER > Math.max(p.votes.ORG, p.votes.LOC);

/** The one person named in full whose surname opens `p`'s two-word name, or null. */
function surnameOwner(reg: Registry, p: PartyRecord): PartyRecord | null {
  if (p.parts.length !== 2 || p.confidence >= PARTY_FILTER.taggerConfidence || !isPerson(p)) return null;
  const [first, second] = p.parts as [string, string];
  const live = reg.live().filter((f) => f !== p);
  // (nor when the second word, give or take a case ending, is part of another name: "Liat Beinin Atzilis" beside
  // "Talma Atzili" holds a double surname)
  if (live.some((f) => f.parts.some((x) => second.startsWith(x) && second.length - x.length <= 2))) return null;
  const owners = live.filter((f) => f.parts.length >= 2 && f.parts[f.parts.length - 1] === first && f.parts[0] !== first && isPerson(f));
  return owners.length === 1 ? owners[0]! : null;
}

/** Give each such name's mentions, cut to the surname, to the person it names. */
export function surnamesFirst(reg: Registry) {
  for (const p of reg.live()) {
    const owner = surnameOwner(reg, p);
    if (!owner) continue;
    for (const m of p.mentions) {
      const word = /^[^\s]+/.exec(reg.text.slice(m.s, m.e))![0];
      m.e = m.s + word.length;
      m.party = owner.id;
      owner.mentions.push(m);
    }
    p.mentions = [];
    p.mergedInto = owner.id;
  }
}
