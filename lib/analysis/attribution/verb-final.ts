// "Sendika başkanı Mehmet Yılmaz, “…” dedi.": where the verb of saying ends the sentence (Turkish, and any language
// whose verb comes last), the quotation sits between the subject, set off by a comma, and the verb alone after it.
// The structure decides: nothing but a verb of saying after the quotation, a named party right before the comma.

import type { Attr } from './after';
import type { Doc, Site } from './site';
import { sayStart } from './verbs';
import { pronounOf } from './mention';

/** The words after a quotation are one verb of saying and the sentence's end ("dedi.", "diye konuştu."). */
function onlyVerbAfter(doc: Doc, st: Site): boolean {
  const after = doc.text.slice(st.q.close, st.afterSentEnd).trim();
  const hit = sayStart(doc.verbs, after);
  return !!hit && hit.index === 0 && /^[\s.!…]*$/.test(after.slice(hit[0].length));
}

/** The speaker before the quotation's comma: the party named last before it, or a pronoun standing alone. */
export function verbFinal(doc: Doc, st: Site): Attr | null {
  const before = doc.text.slice(st.sentA, st.q.open);
  const comma = /,\s*$/.exec(before);
  if (!comma || !onlyVerbAfter(doc, st)) return null;
  const end = st.sentA + comma.index;
  const named = doc.reg.within(st.sentA, end).filter((x) => x.e === end).pop();
  if (named) return { m: { s: named.s, e: named.e }, how: 'verb-final' };
  const lone = before.slice(0, comma.index).trim();
  return pronounOf(lone, doc.rules) ? { m: { s: end - lone.length, e: end }, how: 'verb-final' } : null;
}
