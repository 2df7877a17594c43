// "Nataliia R. steht in einer Lagerhalle. … „Ich bin verantwortlich für …“, erklärt sie.": a name the tagger typed
// a body on its own word alone (an unfamiliar given name) is still the person a pronoun of a person stands for, when
// the quotation is spoken in the first person singular, nobody typed a person was named before, and nothing else says
// the name is a body's: two or three capitalised words, none the head of a body's or a place's name, no role or title.

import type { Rules } from '../../rules/languages';
import type { PartyRecord } from '../parties';
import { isOrgHead, isOrgNoun, isTitleWord, roleOf } from '../parties/lexicon';
import { isCapWord } from './mention';

/** A party typed a body on the tagger's word alone whose name is shaped as a person's. */
export function personShaped(p: PartyRecord, rules: Rules): boolean {
  if (p.kind !== 'organization' || p.evidence.org > 0 || p.evidence.place > 0 || p.aliases.size) return false;
  if (p.votes.PER > 0 || p.votes.n === 0) return false;
  const ws = p.name.split(/\s+/);
  if (ws.length < 2 || ws.length > 3) return false;
  return ws.every((w) => isCapWord(w) && !isOrgHead(w, rules) && !isOrgNoun(w, rules) && !rules.placeHeads.has(w.toLowerCase()) && !isTitleWord(w, rules) && !roleOf(w, rules));
}
