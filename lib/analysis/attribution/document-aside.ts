// "The Indian army in a statement said: “…”": a document brought in by a preposition between the subject and the
// verb is where the words were said, not who said them; the phrase before the preposition is the speaker.

import { backwardMention } from './subject';
import { issuedDocument, speaksFor } from './issued';
import type { Doc } from './site';
import type { MentionSpan } from './mention';
import { plausible } from './plausible';

const PREP_BEFORE = /(\p{L}+)\s+$/u;

/** The subject before "in a statement" when `m` is that document phrase; null otherwise. */
export function subjectPastDocument(doc: Doc, sentStart: number, m: MentionSpan): MentionSpan | null {
  if (!issuedDocument(doc, m)) return null;
  const prep = PREP_BEFORE.exec(doc.text.slice(Math.max(sentStart, m.s - 12), m.s));
  if (!prep || !doc.rules.locatives.has(prep[1]!.toLowerCase())) return null;
  const at = m.s - prep[0].length;
  // (a comma before the preposition sets the phrase off: "The army, in a statement, said")
  const end = at - (/,\s*$/.exec(doc.text.slice(sentStart, at))?.[0].length ?? 0);
  const s = backwardMention(doc.text, sentStart, end, doc.rules);
  // (a party, a speaking noun, or a definite phrase plausible as a speaker: "The Indian army", whose noun no list has)
  const first = s ? /^\S+/.exec(doc.text.slice(s.s, s.e))![0].toLowerCase() : '';
  const definite = doc.rules.determiners.has(first) && !doc.rules.indefinites.has(first);
  return s && (speaksFor(doc, s) || (definite && plausible(doc.text.slice(s.s, s.e).trim(), 'before', doc.rules))) ? s : null;
}
