// A description the text writes elsewhere right before a person's name is that person: a subheading "Österreichs
// Sportdirektor spricht von „Manipulation“", then "Österreichs Sportdirektor Mario Stecher war ähnlich erbost".
// Structure, not words: the same phrase, then the name (a comma between at most). Where every noun is capitalised
// the phrase alone looks like a name, and was listed as a person of its own.
import type { MentionSpan } from './mention';
import type { Doc } from './site';
import type { Who } from './speakers';

/** What may stand between the description and the name: spaces, or one comma ("Austria's sports director, X,"). */
const BETWEEN = /^\s*,?\s*$/;
/** How far after the description the name may begin, in characters. */
const REACH = 3;

export function namedElsewhere(doc: Doc, span: MentionSpan, phrase: string): Who | null {
  // two words at least: one word ("Präsident") is too often a bare title of many
  if (!/\s/.test(phrase)) return null;
  const found = new Set<Who>();
  for (let at = doc.text.indexOf(phrase); at >= 0; at = doc.text.indexOf(phrase, at + 1)) {
    if (at === span.s) continue;
    const after = at + phrase.length;
    const next = doc.reg.firstAfter(after, REACH, () => true);
    if (!next || !BETWEEN.test(doc.text.slice(after, next.s))) continue;
    const p = doc.reg.get(next.party);
    if (p.kind === 'person') found.add(p.id);
  }
  return found.size === 1 ? [...found][0]! : null;
}
