// "selon le ministère des Affaires étrangères", "el Ministerio de Defensa": a definite noun of a kind of body, a link
// and a capitalised complement is the body's own name, written in the lower case some languages give its first word.
// No tagger took it for a name; as a speaker it is that body, not nobody and not the body named last.

import type { Rules } from '../../rules/languages';
import { startsUpper } from '../letters';

/** The most words of such a name after its determiner ("ministère des Affaires étrangères et du Développement"). */
const MAX_WORDS = 8;

/** The body's name (the mention without its determiner) when the mention is one; else null. */
export function bodyByItsName(mt: string, rules: Rules): string | null {
  const words = mt.trim().split(/\s+/), low = words.map((w) => w.toLowerCase());
  if (words.length < 4 || words.length > MAX_WORDS + 1) return null;
  if (!rules.determiners.has(low[0]!) || rules.indefinites.has(low[0]!) || !rules.orgNouns.has(low[1]!)) return null;
  // (a link, "des", "of", maybe with its article, "of the", then the capitalised complement)
  if (!rules.genitives.has(low[2]!) && !rules.articleContractions.has(low[2]!)) return null;
  const rest = words.slice(rules.determiners.has(low[3]!) ? 4 : 3);
  if (!rest.length || !startsUpper(rest[0]!)) return null;
  return words.slice(1).join(' ');
}
