// In a text written in a script without letter case (Chinese, Japanese, Korean, Thai), no capital marks a name: the
// tagger's guess is all that sets a word apart from the words around it, and a single common word ("山谷", "翱翔")
// or a piece of a phrase comes out as a name as readily as a real one. A name the text writes once, that the tagger
// was unsure of, with nothing else behind it (no quotation, no alias, no type evidence beyond its shape) is not listed.
// (Latin names in such a text, "Nature", "HK", get no capital's evidence from the text either: the same holds.)

import { PARTY_FILTER } from '../weights';
import { isLetter, caseless } from '../letters';
import type { PartyRecord } from './registry';

/** Letters read to tell the text's script. */
const SAMPLE = 4000;
let last: { text: string; caseless: boolean } | null = null;

/** Most letters of the text are of a script without letter case. */
export function caselessText(text: string): boolean {
  if (last?.text === text) return last.caseless;
  let without = 0, all = 0;
  for (let i = 0; i < text.length && all < SAMPLE; i++) {
    const c = text[i]!;
    if (!isLetter(c)) continue;
    all++;
    if (caseless(c)) without++;
  }
  last = { text, caseless: all > 0 && without * 2 > all };
  return last.caseless;
}

/** The party is one mention of an unsure tagger and nothing else, in a caseless text: no name to list. */
export function unsureOnce(p: PartyRecord, quotes: number, mentions: number, text: string): boolean {
  if (quotes > 0 || mentions > 1 || p.aliases.size || p.confidence >= PARTY_FILTER.caselessOnce) return false;
  if (!p.mentions.every((m) => m.source === 'tagger') || Object.values(p.evidence).some((v) => v >= PARTY_FILTER.oneWordEvidence)) return false;
  return caselessText(text);
}
