// "“…,” Besecker said" after "Tyler Besecker, president of … Dana F. Besecker Company": the parties may give the bare
// surname to the body named after the person, but a reader takes it for the person the text introduced by that
// surname, as news writes people (bodies go by their own short names, not by a founder's surname).

import type { MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** The one person named in full before the mention whose family name is the mention's single word, when the body it
 * was read as has that word inside a longer name; else null. */
export function bearerOfSurname(r: Resolver, span: MentionSpan, body: Who): Who | null {
  const { doc, book } = r;
  const word = doc.text.slice(span.s, span.e).trim().toLowerCase();
  const org = book.party(body);
  if (!org || org.kind !== 'organization' || /\s/.test(word) || org.parts.length < 2 || !org.parts.includes(word)) return null;
  const persons = doc.reg.live().filter((p) => p.kind === 'person' && p.parts.length >= 2 && p.parts[p.parts.length - 1] === word && p.mentions.some((m) => m.e <= span.s));
  return persons.length === 1 ? persons[0]!.id : null;
}
