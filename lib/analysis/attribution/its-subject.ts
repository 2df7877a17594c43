// "The Indian army in a statement said troops fired along the Line of Control. It said it was “responding …”": the
// pronoun of a thing that speaks ("it") goes on with the body that was the subject of the sentence before, not with
// the organisation named last inside that sentence (an object, a place read as a body).

import type { MentionSpan } from './mention';
import { pronounOf } from './mention';
import { sentenceSubject } from './sentence-subject';
import { isBodyMention } from './bodies';
import { insideQuote, sentenceAt, type Doc } from './site';
import { verbMatches } from './verbs';
import { subjectOfVerb } from './subject-of-verb';
import type { Sentence } from '../text';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

/** Sentences followed back over "It said … It added …" to the body they began with. */
const MAX_HOPS = 3;

/** The subject of the first verb of saying of a sentence ("The army in a statement said …": the army). */
function saidBy(doc: Doc, s: Sentence): MentionSpan | null {
  const v = verbMatches(doc, doc.verbs.say, s.start, s.end).find((m) => !insideQuote(doc, s.start + m.index));
  if (!v) return null;
  const at = s.start + v.index, para = doc.paras[s.paragraph];
  return subjectOfVerb(doc, s.start, at, v[0], at, para ? para.start : s.start);
}

/** The body the sentence before `pos` is about (its subject); undefined when that subject is no body. */
export function itsSubject(r: Resolver, pos: number, resolve: (m: MentionSpan) => Who | null): Who | null | undefined {
  const { doc } = r;
  let at = pos;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const cur = sentenceAt(doc, at), k = cur ? doc.sentences.indexOf(cur) : -1, prev = k > 0 ? doc.sentences[k - 1]! : null;
    if (!cur || !prev || prev.paragraph < cur.paragraph - 1) return undefined;
    const subj = saidBy(doc, prev) ?? sentenceSubject(doc, prev.start, prev.end);
    if (!subj) return undefined;
    const mt = doc.text.slice(subj.s, subj.e).trim();
    // ("It said …. It added …": the first sentence's subject)
    if (pronounOf(mt, doc.rules) === 'o') { at = prev.start; continue; }
    const named = doc.reg.within(subj.s, subj.e)[0];
    const kind = named ? doc.reg.get(named.party).kind : null;
    if (kind !== 'organization' && kind !== 'country' && !(kind === null && isBodyMention(doc, mt))) return undefined;
    const who = resolve(subj);
    return who !== null && r.book.kind(who) === 'person' ? undefined : who;
  }
  return undefined;
}
