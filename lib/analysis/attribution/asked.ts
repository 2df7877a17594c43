// "Asked whether he would accept gifts from Lord Alli, he said: …": a sentence opened by a verb of saying with no
// subject of its own (the participle's subject is the main clause's) names, in that clause, whom the question was
// about, never the one who answers.

import { sentenceAt, type Doc } from './site';

const LEAD = /^[\s“"‘„«]*/;
const CLAUSE_STOP = /[:“”"«»„]/;

/** The mention at `s` lies in such an opening clause (up to the last comma before the sentence's colon or
 * quotation mark). */
export function inAskedClause(doc: Doc, s: number): boolean {
  const sent = sentenceAt(doc, s);
  if (!sent) return false;
  const text = doc.text.slice(sent.start, sent.end);
  const lead = LEAD.exec(text)![0].length;
  const stop = text.slice(lead).search(CLAUSE_STOP);
  const head = stop < 0 ? text : text.slice(0, lead + stop);
  const comma = head.lastIndexOf(',');
  if (comma < 0 || s >= sent.start + comma || s < sent.start + lead) return false;
  const hit = doc.verbs.say.start(text.slice(lead));
  return !!hit && hit.index === 0;
}
