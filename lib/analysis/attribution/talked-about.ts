// "Mr Moeketsi said the lease was issued to one Mr Makama. He said Mr Makama later subleased it. Mr Makama then sold
// the lease. “…,” he said.": a person named inside what somebody reports (after their verb of saying) is whom the
// report is about; becoming the subject of the next sentence of that account does not make them the speaker a later
// "he said" stands for.

import type { Mention } from '../parties';
import { backwardMention } from './subject';
import { insideQuote, sentenceAt, type Doc } from './site';
import { verbMatches } from './verbs';

/** The party of `m` was named, between `from` and m, in the reported clause of a verb of saying whose subject, before
 * the verb, is somebody else. */
export function talkedAbout(doc: Doc, m: Mention, from: number): boolean {
  const start = sentenceAt(doc, from)?.start ?? from;
  const id = doc.reg.get(m.party).id;
  return doc.reg.within(start, m.s).some((x) => doc.reg.get(x.party).id === id && !insideQuote(doc, x.s) && reported(doc, x));
}

const CLAUSE_BREAK = /[“”"«»„‘,;:()–—]/;

/** The mention follows a verb of saying of its sentence that has a subject of its own before it ("He said Mr Makama
 * …"), not "…, said Mr Makama" (the speaker after the verb). */
function reported(doc: Doc, x: Mention): boolean {
  const sent = sentenceAt(doc, x.s);
  if (!sent) return false;
  return verbMatches(doc, doc.verbs.say, sent.start, x.s).some((v) => {
    const at = sent.start + v.index;
    if (insideQuote(doc, at)) return false;
    // (in the clause the verb opens: no quotation or clause mark between, "Axelrod tweeted, “…,” after Fallon …")
    if (CLAUSE_BREAK.test(doc.text.slice(at + v[0].length, x.s))) return false;
    const subj = backwardMention(doc.text, sent.start, at, doc.rules);
    return !!subj && subj.e <= at && !(subj.s <= x.s && x.s < subj.e);
  });
}
