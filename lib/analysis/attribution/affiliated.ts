// An organisation named as a person's affiliation ("Markus Albers von der Universität Hamburg", "Alex Kirsch
// (Lidl)", "Ana Ruiz, de la Universidad de Sevilla"): the text is about the person, so a description after it
// ("sagt der Leseforscher") re-describes the person, not the organisation.

import type { Mention } from '../parties';
import { insideQuote, type Doc } from './site';

/** Between the name and the organisation: a comma or an opening bracket, then at most four lower-case words
 * ("von der", ", a professor at the") — no sentence end, no quotation mark, no capitalised word. */
const LINK = /^\s*[,(]?\s*(?:\p{Ll}+\s+){0,4}$/u;
/** How far before the organisation the person's name may start (a long name, then the link). */
const AFFILIATION_REACH = 80;

/** The person whose affiliation the organisation mention `org` is, or null. */
export function affiliatedPerson(doc: Doc, org: Mention): number | null {
  const m = doc.reg.lastBefore(org.s, AFFILIATION_REACH, (p, x) => p.kind === 'person' && x.e <= org.s && !insideQuote(doc, x.s));
  return m && LINK.test(doc.text.slice(m.e, org.s)) ? doc.reg.get(m.party).id : null;
}
