// A club's or a branch's first word alone as its short form ("Real" after "Real Madrid", "RWTH" after "RWTH
// Aachen"): a name and the place it is of, written in full first. A brand that opens the names of its products
// ("Google" beside "Google Stadia", "NASCAR" beside "NASCAR Clash") is a party of its own and stays apart.

import type { Rules } from '../../rules/languages';
import { norm, type PartyRecord, type Registry } from './registry';
import { gazetteer } from './countries';
import { kindOf } from './kinds';

/** The words after the first name a place: a country or capital the gazetteer knows, or a place of the text. */
function placeTail(reg: Registry, full: PartyRecord, rules: Rules): boolean {
  const tail = norm(full.name.split(/\s+/).slice(1).join(' '));
  const gaz = gazetteer(rules.lang), own = reg.find(tail);
  return gaz.names.has(tail) || gaz.capitals.has(tail) || (!!own && own !== full && kindOf(own, rules) === 'place');
}

/** The first word stands for the full name: a name of a place, that the text names in full before it and no less
 * often. */
export function shortens(reg: Registry, short: PartyRecord, full: PartyRecord, rules: Rules): boolean {
  if (!full.mentions.length || short.mentions.length > full.mentions.length || !placeTail(reg, full, rules)) return false;
  const first = Math.min(...full.mentions.map((m) => m.s));
  return short.mentions.every((m) => m.s > first);
}

/** The lower-case word right after `e` (one space between): "halibut" in "Pacific halibut". */
const NEXT_LOWER = /^ (\p{Ll}+)(?!\p{L})/u;

/** "the largest buyer of Pacific halibut" beside "Pacific Halibut Commission": one word followed, every time, by a
 * word in lower case that follows it, capitalised, inside another name of the text is the common phrase that name was
 * made of, no short form of a party. */
export function phraseOf(reg: Registry, short: PartyRecord): boolean {
  if (short.parts.length !== 1 || !short.mentions.length) return false;
  const w = short.parts[0]!;
  return short.mentions.every((m) => {
    const next = NEXT_LOWER.exec(reg.text.slice(m.e, m.e + 30))?.[1];
    return !!next && reg.live().some((f) => f.parts.some((x, i) => x === w && f.parts[i + 1] === next));
  });
}
