// A name is one actor or two, never both. A capital standing for its state is kept among the country's aliases
// ("le Kremlin a reconnu…", capitals.ts), and the same city where it is only a place is a party of its own ("à
// Moscou"): the list then showed "Moscou" twice, as Russie's alias and as a place. Where a name is listed as a party,
// it is no other party's alias; its mentions stay counted where they were.

import { norm } from './registry';

/** The parties (shown, in any order) with every alias that is another listed party's name dropped, in place. */
export function withoutListedAliases(parties: { name: string; aliases: string[] }[]): void {
  const names = new Set(parties.map((p) => norm(p.name)));
  for (const p of parties) p.aliases = p.aliases.filter((a) => !names.has(norm(a)));
}
