// A description headed by a common noun no list knows for a body ("la mujer", "o comandante", "ein Vertreter eines
// Nachrichtendienstes") stands for a person: never for an organisation or a country, not even one it names (that
// body is the person's employer, which the description shows). Precision first: the person holding it, or nobody.

import type { Rules } from '../../rules/languages';
import { SPEAKING_NOUNS, isCapWord, type MentionSpan } from './mention';
import { recentPerson } from './resolve-role';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import { OF_LINKS } from './phrase-end';


/** `who`, unless it is a body and the mention a person's description: then a person, or nobody. */
export function personOnly(r: Resolver, span: MentionSpan, who: Who | null): Who | null {
  if (who === null || r.book.kind(who) === 'person') return who;
  const { rules } = r.doc;
  const written = r.doc.text.slice(span.s, span.e).trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase().replace(/[,.;:]+$/, ''));
  if (!rules.determiners.has(words[0]!)) return who;
  const end = headEnd(words, rules);
  if (end < 2) return who;
  // the head and the adjectives around it ("le ministère russe", "the new commander"): a body's noun or a name among
  // them, and the phrase may stand for a body ("the Pentagon", where common nouns are written in lower case)
  const heads = words.slice(1, end);
  if (heads.some((w, i) => bodyNoun(w, rules) || (!rules.nounsCapitalised && isCapWord(written[i + 1]!)))) return who;
  // ("añade el texto" right after the body's own quotation: the same voice goes on)
  const definite = !rules.indefinites.has(words[0]!);
  if (definite && r.last?.who === who) return who;
  const head = heads[heads.length - 1]!;
  const single = !definite || (!rules.nounsCapitalised && !heads.some((w) => /s$/.test(w)));
  if (!single && !r.self) return who;
  // "ein Vertreter …", "a representative …": somebody new; "o comandante", "la mujer": the person the story is about,
  // when the role or its article says the gender to match ("the woman" gives no gender: nobody)
  const g = rules.roleGender.get(head) ?? rules.articleGender.get(words[0]!);
  return definite && g ? recentPerson(r, span.s, head, g) : null;
}

/** Where the phrase's head ends: before what it is of ("la madre | de los menores"). */
function headEnd(words: readonly string[], rules: Rules): number {
  for (let i = 1; i < words.length; i++) if (OF_LINKS.has(words[i]!) || (i > 1 && rules.determiners.has(words[i]!))) return i;
  return words.length;
}

/** A noun for a body, a group, a document or a place, in the language's lists (or, where nouns are compounded, one
 * ending in a body's or a spokesperson's noun: "Bundesregierung", "Feuerwehrsprecher"). */
function bodyNoun(w: string, rules: Rules): boolean {
  const lists = [rules.orgHeads, rules.orgNouns, rules.groups, rules.documentNouns, rules.mediaHeads, rules.governments, rules.spokes, rules.facilities, rules.placeHeads, rules.eventNouns, rules.pressWords, rules.platforms];
  // (English news's speaking nouns for bodies and documents, "the campaign", "the lawsuit", keep what they had)
  if (lists.some((l) => l.has(w)) || (rules.lang === 'en' && SPEAKING_NOUNS.has(w))) return true;
  return rules.nounsCapitalised && [rules.orgHeads, rules.orgNouns, rules.governments, rules.spokes].some((l) => [...l].some((h) => w.length > h.length + 2 && w.endsWith(h)));
}
