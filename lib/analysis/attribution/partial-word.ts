// A word or two in quotation marks in a sentence with no verb of saying ("Sanders wants tuition “free”") is weak
// evidence of speech: the sentence's subject is credited only when it is a person a reader knows, and only with words
// of the subject's own voice. A body, a thing or a name the tagger met once is described by the words.

import { pronounOf, type MentionSpan } from './mention';
import { roleOf } from '../parties/lexicon';
import { wordCount } from '../quotes/titles';
import { ATTRIBUTION } from '../weights';
import type { Doc, Site } from './site';

/** Fewer words than a fragment needs to be its subject's on any evidence. */
export const shortFragment = (st: Site) => wordCount(st.inner) < ATTRIBUTION.partialSubjectMinWords;

/** A personal pronoun, a person the text names again or introduces by a role ("French Prime Minister Manuel Valls"),
 * or a phrase headed by a role ("the actress"). */
export function personSubject(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).trim().split(/\s+/), head = words[words.length - 1]!.toLowerCase();
  const g = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  if (g) return g !== 'o' && g !== 'n';
  const named = doc.reg.within(m.s, m.e);
  if (!named.length) return !!roleOf(head, doc.rules) || doc.rules.spokes.has(head);
  return named.some((x) => {
    const p = doc.reg.get(x.party);
    return x.e === m.e && p.kind === 'person' && (p.mentions.length > 1 || words.some((w) => !!roleOf(w.toLowerCase(), doc.rules)));
  });
}

/** "She persuaded him to “trust her”": a third person's pronoun in a word or two is the writer's report of the words
 * (she would have said "trust me"), not the subject's own. */
export const thirdPersonFragment = (doc: Doc, st: Site) => st.inner.split(/[^\p{L}]+/u).some((w) => doc.rules.genderWords.has(w.toLowerCase()));
