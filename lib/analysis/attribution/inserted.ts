// "The paradox of Nancy, says Carl Anthony, a historian, is that she was “…”": an attribution set between commas
// inside the sentence before the quotation (a verb of saying and the name after it) gives the sentence's words to
// that name, whatever the sentence's own subject is.

import type { Attr } from './after';
import { forwardMention } from './mention';
import type { Doc, Site } from './site';
import { sayStart } from './verbs';
import { skipSpace } from './subject-of-verb';

export function insertedSaying(doc: Doc, st: Site): Attr | null {
  const sent = doc.text.slice(st.sentA, st.q.open);
  for (let c = sent.indexOf(','); c > 0; c = sent.indexOf(',', c + 1)) {
    const rest = sent.slice(c + 1).trimStart(), at = st.sentA + sent.length - rest.length;
    const v = sayStart(doc.verbs, rest);
    if (!v || v.index !== 0) continue;
    const fm = forwardMention(doc.text, skipSpace(doc.text, at + v[0].length), st.q.open, doc.rules);
    // (a person's name, closed by the aside's comma: not "…, said to be the first, …")
    const named = fm && doc.reg.within(fm.s, fm.e).some((m) => doc.reg.get(m.party).kind === 'person');
    if (named && /^\s*,/.test(doc.text.slice(fm.e, st.q.open))) return { m: fm, how: 'before-inserted' };
  }
  return null;
}
