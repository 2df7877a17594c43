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
