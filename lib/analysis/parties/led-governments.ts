// "el Gobierno de Meloni" beside "el Gobierno italiano": the government of a person the text names is that country's
// government, the one body; never a second party named after the person who leads it.

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';

/** The words after "<government> <particles>" in a body's name ("meloni" of "gobierno de meloni"), or null. */
function ledBy(p: PartyRecord, rules: Rules): string | null {
  if (p.parts.length < 3 || !rules.governments.has(p.parts[0]!)) return null;
  let i = 1;
  while (i < p.parts.length - 1 && rules.nameParticles.has(p.parts[i]!)) i++;
  return i > 1 ? p.parts.slice(i).join(' ') : null;
}

/** A person of the text goes by these words: their full name, its last words, or an alias. */
function namesPerson(reg: Registry, rest: string, rules: Rules): boolean {
  const n = rest.split(' ').length;
  return reg.live().some((q) => q.mentions.length > 0 && kindOf(q, rules) === 'person'
    && (q.parts.slice(-n).join(' ') === rest || [...q.aliases].some((a) => a.toLowerCase() === rest)));
}

/** A government named after a person the text names goes into the one other body the text names with the same
 * government word ("Gobierno italiano"); the person-named form is no alias of it. Two such bodies or none: left as they are. */
export function mergeLedGovernments(reg: Registry, rules: Rules) {
  for (const p of reg.live()) {
    const rest = p.mentions.length && kindOf(p, rules) !== 'person' ? ledBy(p, rules) : null;
    if (!rest || !namesPerson(reg, rest, rules)) continue;
    const others = reg.live().filter((o) => o !== p && o.mentions.length > 0 && o.parts[0] === p.parts[0] && o.parts.length > 1 && kindOf(o, rules) !== 'person' && ledBy(o, rules) === null);
    if (others.length !== 1) continue;
    const to = others[0]!, had = new Set(to.aliases), head = p.parts[0]!.length;
    // (its mentions become the government word's alone, as the text's form of the body: "Gobierno")
    for (const m of p.mentions) if (reg.text.slice(m.s, m.s + head).toLowerCase() === p.parts[0]) m.e = m.s + head;
    reg.merge(p, to);
    if (!had.has(p.name)) to.aliases.delete(p.name);
  }
}
