// "(UPS corporate communications said of the incident, “…”": a body's name and a few lower-case words naming a part
// of it (its press office, its communications team) as the subject of the quotation's own verb. No list of such
// words: the shape alone (the clause opens on the body's name, nothing but plain nouns between it and the verb) says
// the phrase is the subject; without it no subject is found and a person named sentences before takes the words.

import { isAuxiliary, pronounOf, type MentionSpan } from './mention';
import type { Doc } from './site';

/** Lower-case words between the body's name and the verb, at most (a department's name, not a clause). */
const MAX_WORDS = 3;
const LEAD = /^[\s(“"‘„«]*/;

/** The phrase text[a, at) when it is a body the parties know, then one to three plain lower-case words. */
export function bodyDepartment(doc: Doc, a: number, at: number): MentionSpan | null {
  const { text, reg, rules } = doc;
  const s = a + LEAD.exec(text.slice(a, at))![0].length;
  const body = reg.within(s, at).find((m) => m.s === s);
  if (!body || reg.get(body.party).kind !== 'organization') return null;
  const rest = text.slice(body.e, at);
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (!/^\s/.test(rest) || words.length < 1 || words.length > MAX_WORDS) return null;
  const plain = (w: string) => /^\p{Ll}+$/u.test(w) && !rules.functionWords.has(w) && !isAuxiliary(w, rules) && !pronounOf(w, rules);
  if (!words.every(plain)) return null;
  return { s, e: body.e + rest.trimEnd().length };
}
