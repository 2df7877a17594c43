// A description the text writes elsewhere right before a person's name is that person: a subheading "Österreichs
// Sportdirektor spricht von „Manipulation“", then "Österreichs Sportdirektor Mario Stecher war ähnlich erbost".
// Structure, not words: the same phrase, then the name (a comma between at most, or a second description joined by
// a conjunction: "sagt der Anwalt" after "der Anwalt und Dissident Ayman Sheib ad-Din"). Where every noun is
// capitalised the phrase alone looks like a name, and was listed as a person of its own.
import type { MentionSpan } from './mention';
import { roleOf } from '../parties/lexicon';
import type { Doc } from './site';
import type { Who } from './speakers';

/** What may stand between the description and the name: spaces, or one comma ("Austria's sports director, X,"). */
const BETWEEN = /^\s*,?\s*$/;
/** How far after the description the name may begin, in characters (room for "und Dissident"). */
const REACH = 40;
/** A conjunction, then one word of a second description ("und Dissident", "and activist"). */
const JOINED = /^\s+(\p{L}+)\s+([\p{L}-]+)\s+$/u;

export function namedElsewhere(doc: Doc, span: MentionSpan, phrase: string): Who | null {
  // two words at least: one word ("Präsident") is too often a bare title of many
  if (!/\s/.test(phrase)) return null;
  // (a second description joins only a role: "The book and film blame X" describes nobody)
  const role = phrase.toLowerCase().split(/\s+/).some((w) => roleOf(w, doc.rules));
  const found = new Set<Who>();
  for (let at = doc.text.indexOf(phrase); at >= 0; at = doc.text.indexOf(phrase, at + 1)) {
    if (at === span.s) continue;
    const after = at + phrase.length;
    const next = doc.reg.firstAfter(after, REACH, () => true);
    if (!next || !between(doc, doc.text.slice(after, next.s), role)) continue;
    const p = doc.reg.get(next.party);
    if (p.kind === 'person') found.add(p.id);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The words between the description and the name join them: nothing but a comma, or (after a role) a conjunction
 * and one more word of description, no article ("der Anwalt und die Richterin X" names X the judge only). */
function between(doc: Doc, g: string, role: boolean): boolean {
  if (BETWEEN.test(g)) return true;
  const m = role ? JOINED.exec(g) : null;
  if (!m || !doc.rules.conjunctions.has(m[1]!.toLowerCase())) return false;
  const w = m[2]!.toLowerCase(), { rules } = doc;
  return !rules.determiners.has(w) && !rules.clauseWords.has(w) && !rules.functionWords.has(w) && !rules.pronouns.has(w);
}
