// A name is one actor or two, never both. A capital standing for its state is kept among the country's aliases
// ("le Kremlin a reconnu…", capitals.ts), and the same city where it is only a place is a party of its own ("à
// Moscou"): the list then showed "Moscou" twice, as Russie's alias and as a place. Where a name is listed as a party,
// it is no other party's alias; its mentions stay counted where they were. A body or a person listed apart under
// one of its own aliases ("Fed" beside "Federal Reserve", alias "Fed") is the same actor: folded into it.

import { norm } from './registry';

interface Listed { name: string; type: string; aliases: string[]; mentions: number; roles: string[] }

/** The parties (shown, in order) with each listed name kept once: a party of the alias holder's own type, not a
 * place, folded into the holder (mentions and roles); else the alias dropped from the holder. */
export function withoutListedAliases<T extends { p: Listed }>(out: T[]): T[] {
  const byName = new Map(out.map((x) => [norm(x.p.name), x]));
  const folded = new Set<T>();
  for (const holder of out) {
    if (folded.has(holder)) continue;
    holder.p.aliases = holder.p.aliases.filter((a) => {
      const other = byName.get(norm(a));
      if (!other || other === holder) return true;
      if (folded.has(other) || other.p.type !== holder.p.type || other.p.type === 'place') return folded.has(other);
      holder.p.mentions += other.p.mentions;
      for (const r of other.p.roles) if (!holder.p.roles.includes(r)) holder.p.roles.push(r);
      folded.add(other);
      return true;
    });
  }
  return folded.size ? out.filter((x) => !folded.has(x)) : out;
}
