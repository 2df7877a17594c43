// "Arizona, Georgia, Nevada and North Carolina", "Atlanta, Georgia": a country's name that a region of a federation
// bears too (rules/regions.ts) is the region where the text lists it among that federation's regions, or sets it
// after a town and a comma (the town no capital of the country: "Tbilisi, Georgia" is the country's).

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { regionNames, regionNamesakes } from '../../rules/regions';
import { gazetteer } from './countries';
import { kindOf } from './kinds';
import { norm } from './registry';

/** The names joined to mention `i` by commas or a conjunction, before and after it, within one list. */
function listedWith(reg: Registry, i: number, rules: Rules): PartyRecord[] {
  const ms = reg.mentions, text = reg.text, out: PartyRecord[] = [];
  const joins = (a: number, b: number) => {
    const g = text.slice(ms[a]!.e, ms[b]!.s);
    return g.length <= 8 && /^,?\s/.test(g) && (g.trim().replace(/^,\s*/, '') === '' || rules.conjunctions.has(g.trim().replace(/^,\s*/, '').toLowerCase()));
  };
  for (let k = i; k > 0 && joins(k - 1, k); k--) out.push(reg.get(ms[k - 1]!.party));
  for (let k = i; k + 1 < ms.length && joins(k, k + 1); k++) out.push(reg.get(ms[k + 1]!.party));
  return out;
}

/** Does mention `i` follow a town and a comma, and end its phrase ("Atlanta, Georgia.")? */
function afterTown(reg: Registry, i: number, rules: Rules): boolean {
  const ms = reg.mentions, text = reg.text, a = ms[i - 1], b = ms[i]!;
  if (!a || text.slice(a.e, b.s) !== ', ' || !/^(?:[.,;:)!?]|$)/.test(text.slice(b.e, b.e + 1))) return false;
  const town = reg.get(a.party);
  return kindOf(town, rules) === 'place' && !gazetteer(rules.lang).capitals.has(norm(town.name));
}

/** A country party whose name a region bears, set among two or more of the federation's regions alone or after a
 * town, is that region: a place. */
export function regionNamesakeKinds(reg: Registry, rules: Rules) {
  reg.seal();
  const regions = regionNames(), shared = regionNamesakes();
  reg.mentions.forEach((m, i) => {
    const p = reg.get(m.party);
    if (p.kind !== 'country' || !shared.has(norm(p.name))) return;
    const others = listedWith(reg, i, rules);
    if ((others.length >= 2 && others.every((o) => regions.has(norm(o.name)))) || afterTown(reg, i, rules)) {
      p.kind = 'place';
      p.country = undefined;
    }
  });
}
