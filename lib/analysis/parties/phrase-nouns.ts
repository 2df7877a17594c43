// "in Brand setzen", "geriet in Brand", "in Summe": where every noun is capitalised, the noun of a set phrase after a
// preposition with no article (rules.phraseNouns) looks like a place's name to the tagger. A one-word place the text
// names only so, that nothing else makes a place (no country, capital or region, no other form of it in the text),
// is that noun: no party.

import type { Rules } from '../../rules/languages';
import type { Registry } from './registry';
import { norm } from './registry';
import { gazetteer } from './countries';
import { regionNames } from '../../rules/regions';

/** The word right before offset `s` in its clause, lower case ('' after punctuation). */
function wordBefore(text: string, s: number): string {
  const m = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, s - 20), s));
  return m ? m[1]!.toLowerCase() : '';
}

/** Drop the places that are a set phrase's noun. */
export function dropPhraseNouns(reg: Registry, rules: Rules) {
  if (!rules.nounsCapitalised || !rules.phraseNouns.size) return;
  const gaz = gazetteer(rules.lang), regions = regionNames(), text = reg.text;
  for (const p of reg.live()) {
    const k = norm(p.name);
    if (p.kind !== 'place' || p.parts.length !== 1 || !rules.phraseNouns.has(k) || !p.mentions.length) continue;
    if (gaz.names.has(k) || gaz.capitals.has(k) || regions.has(k)) continue;
    if (p.mentions.every((m) => rules.locatives.has(wordBefore(text, m.s)) || rules.openingPrepositions.has(wordBefore(text, m.s)))) reg.drop(p);
  }
}
