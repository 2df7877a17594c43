// A description headed by a common noun no list knows for a body ("la mujer", "o comandante", "ein Vertreter eines
// Nachrichtendienstes") stands for a person: never for an organisation or a country, not even one it names (that
// body is the person's employer, which the description shows). Precision first: the person holding it, or nobody.

import type { Rules } from '../../rules/languages';
import { isCapWord, type MentionSpan } from './mention';
import { recentPerson } from './resolve-role';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** Links after which the phrase says what its head is of ("de", "of", or a German genitive article). */
const OF_LINKS = new Set(['of', 'for', 'de', 'des', 'du', 'di', 'del', 'della', 'da', 'do', 'dos', 'das', 'der', 'von', 'vom']);

/** `who`, unless it is a body and the mention a person's description: then a person, or nobody. */
export function personOnly(r: Resolver, span: MentionSpan, who: Who | null): Who | null {
  if (who === null || r.book.kind(who) === 'person') return who;
  const { rules } = r.doc;
  const written = r.doc.text.slice(span.s, span.e).trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase().replace(/[,.;:]+$/, ''));
  if (!rules.determiners.has(words[0]!)) return who;
  const at = headAt(words, rules);
  if (at < 1) return who;
  const head = words[at]!;
  // ("the Pentagon": a name, not a noun, where common nouns are written in lower case)
  if ((!rules.nounsCapitalised && isCapWord(written[at]!)) || bodyNoun(head, rules)) return who;
  const single = rules.indefinites.has(words[0]!) || (!rules.nounsCapitalised && !/s$/.test(head));
  if (!single && !r.self) return who;
  // "ein Vertreter …", "a representative …": somebody new; "o comandante", "la mujer": the person the story is about
  return rules.indefinites.has(words[0]!) ? null : recentPerson(r, span.s, head);
}

/** The index of the phrase's head noun: the last word before what it is of ("la madre | de los menores"). */
function headAt(words: readonly string[], rules: Rules): number {
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (OF_LINKS.has(words[i]!) || (i > 1 && rules.determiners.has(words[i]!))) { end = i; break; }
  }
  return end - 1;
}

/** A noun for a body, a group, a document or a place, in the language's lists (or, where nouns are compounded, one
 * ending in such a noun: "Bundesregierung"). */
function bodyNoun(w: string, rules: Rules): boolean {
  const lists = [rules.orgHeads, rules.orgNouns, rules.groups, rules.documentNouns, rules.mediaHeads, rules.governments, rules.spokes, rules.facilities, rules.placeHeads, rules.eventNouns, rules.pressWords, rules.platforms];
  if (lists.some((l) => l.has(w))) return true;
  return rules.nounsCapitalised && [rules.orgHeads, rules.orgNouns, rules.governments].some((l) => [...l].some((h) => w.length > h.length + 2 && w.endsWith(h)));
}
