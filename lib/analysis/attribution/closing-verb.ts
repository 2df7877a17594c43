// "El primer objetivo es “detener esta guerra”, que ha hecho de Gaza “un inmenso cementerio”, seguido de “…”,
// señaló.": the verb of saying that closes a sentence after its last quotation governs every quotation of the
// sentence, and the quotations before it that nothing attributed are that speaker's too (in any language: "“A” and
// “B,” he said").

import type { Attributed } from './index';
import { sentenceAt, type Doc } from './site';
import { hitsIn } from './verbs';

/** Patterns that read a verb of saying (and its subject, or none in a pro-drop language) right after the quotation. */
const CLOSING = new Set(['pro-drop', 'after-svo', 'after-inv', 'inv-pron', 'inv-any', 'after-any']);

/** Gives each quotation nothing attributed (`skip`: quotations that are no one's words) the speaker of the last
 * quotation of its sentence when a verb after that one attributes it, nobody else speaks between them and no verb
 * of saying stands between them (a clause with a verb of its own may have its own speaker). */
export function shareClosingVerb(doc: Doc, out: Attributed[], skip: ReadonlySet<number>): void {
  for (let i = 0; i < out.length; i++) {
    const o = out[i]!;
    // (a name or title in marks, „Job-Turbo“, is nobody's words)
    if (o.who !== null || o.mention || o.how || skip.has(i) || doc.titleLike[i]) continue;
    const j = closingQuote(doc, out, i);
    if (j < 0) continue;
    const c = out[j]!;
    // (a colon between opens the speaker's own statement after the writer's words; a closing parenthesis ends an
    // aside, "(see ‘Brazil yo-yos on deforestation’)", that is the writer's)
    if (/[:)]/.test(doc.text.slice(o.q.close, c.q.open)) || hitsIn(doc, doc.verbs.say, o.q.close, c.q.open).length) continue;
    o.who = c.who; o.mention = c.mention; o.how = 'closing-verb';
  }
}

/** The index of the last quotation of quotation i's sentence, when a closing verb attributes it to somebody and the
 * quotations between are unattributed or that speaker's; else -1. */
function closingQuote(doc: Doc, out: Attributed[], i: number): number {
  const end = sentenceAt(doc, out[i]!.q.open)?.end ?? doc.text.length;
  let j = i + 1;
  while (j < out.length && out[j]!.q.open < end) j++;
  const last = j - 1, c = out[last]!;
  if (last === i || !CLOSING.has(c.how) || c.who === null) return -1;
  for (let k = i + 1; k < last; k++) if (out[k]!.who !== null && out[k]!.who !== c.who) return -1;
  return last;
}

