// A name is one actor or two, never both. A capital standing for its state is among the country's aliases ("le
// Kremlin a reconnu…", "Islamabad claims…": capitals.ts), and the same city where the text names it as a place ("à
// Moscou", "between Kabul and Islamabad") was listed as a place of its own as well: the list showed "Moscou" twice.
// A party listed under another's alias is that actor, folded into it (its mentions and roles added): "Fed" beside
// "Federal Reserve", "Moscou" beside "Russie". Only a person and a non-person stay apart (a body named after its
// founder): the alias then goes from the holder.

import { norm } from './registry';

interface Listed { name: string; type: string; aliases: string[]; mentions: number; roles: string[] }

/** The parties (shown, in order) with each listed name kept once: a party listed under another's alias folded into
 * it (mentions and roles), unless one of the two is a person and the other not: the alias then dropped. */
export function withoutListedAliases<T extends { p: Listed }>(out: T[]): T[] {
  const byName = new Map(out.map((x) => [norm(x.p.name), x]));
  const folded = new Set<T>();
  for (const holder of out) {
    if (folded.has(holder)) continue;
    holder.p.aliases = holder.p.aliases.filter((a) => {
      const other = byName.get(norm(a));
      if (!other || other === holder) return true;
      if (folded.has(other) || (other.p.type === 'person') !== (holder.p.type === 'person')) return folded.has(other);
      holder.p.mentions += other.p.mentions;
      for (const r of other.p.roles) if (!holder.p.roles.includes(r)) holder.p.roles.push(r);
      folded.add(other);
      return true;
    });
  }
  return folded.size ? out.filter((x) => !folded.has(x)) : out;
}
