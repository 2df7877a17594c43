// "asegura el alcalde de Bédar", "said the mayor of Springfield": a role of a place is the person who holds that role
// there, never the place (a place does not speak). The holder is the person whose role the text gives and whose
// description names that place ("el alcalde de Bédar, Ángel Collados"), before or after the mention; with two mayors
// in the story, the one of that place, not the one named last.

import { roleOf } from '../parties/lexicon';
import type { MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import { recentPerson } from './resolve-role';

/**
 * The holder of "<role> of <place>" (null: nobody); undefined when the mention is not such a phrase.
 */
export function placeRoleHolder(r: Resolver, span: MentionSpan, words: string[]): Who | null | undefined {
  const { doc } = r, { rules, reg } = doc;
  const of = words.findIndex((w, i) => i > 0 && rules.genitives.has(w));
  const role = of > 0 ? roleOf(words[of - 1]!, rules) : null;
  if (!role || rules.indefinites.has(words[0]!)) return undefined;
  const place = reg.within(span.s, span.e).map((m) => reg.get(m.party)).find((p) => p.kind === 'place');
  if (!place) return undefined;
  const names = [place.name, ...place.aliases].map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  const holds = (words: Set<string>) => [...words].some((w) => w === role || w.endsWith(role) || role.endsWith(w));
  const holders = reg.live().filter((p) => p.kind === 'person' && holds(p.roleWords)
    && names.some((n) => p.description?.toLowerCase().includes(n)));
  // (nobody described so: a definite role is the person the story is about, as "the minister" is; never the place)
  if (!holders.length) return rules.determiners.has(words[0]!) ? recentPerson(r, span.s, role) : null;
  // (the one named nearest the mention, where the text names two holders of that place's role)
  const dist = (p: (typeof holders)[number]) => Math.min(...p.mentions.map((m) => Math.abs(m.s - span.s)));
  return holders.reduce((a, b) => (dist(b) < dist(a) ? b : a)).id;
}
