// "“…,” the statement read." after "UN spokesperson Stephane Dujarric said in a statement that …": a document speaks
// with its author's words. When the text said, a little before, who put that document out (the subject of "said in a
// statement", "issued a letter", "posted a video"), the definite document is that author; otherwise it stays what it
// was (the body named last: describedBody).

import { RESOLVE } from '../weights';
import { insideQuote, sentenceAt } from './site';
import { issuerOf } from './issued';
import type { MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';

const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** The author of "the <document noun>", or null when the text says none close before. */
export function documentAuthor(r: Resolver, span: MentionSpan, words: string[], resolve: (m: MentionSpan) => Who | null): Who | null {
  const { doc } = r, { rules } = doc;
  const [det, noun] = words;
  if (words.length !== 2 || !rules.determiners.has(det!) || rules.indefinites.has(det!) || !rules.documentNouns.has(noun!)) return null;
  const from = Math.max(0, span.s - RESOLVE.descriptionWindow), low = doc.text.slice(from, span.s).toLowerCase();
  // the nearest earlier mention of that document, outside quotations, brought in by an article or a possessive
  for (let i = low.lastIndexOf(noun!); i > 0; i = low.lastIndexOf(noun!, i - 1)) {
    const at = from + i;
    if (/\p{L}/u.test(low[i - 1]!) || /\p{L}/u.test(low[i + noun!.length] ?? '') || insideQuote(doc, at)) continue;
    const w = WORD_BEFORE.exec(low.slice(Math.max(0, i - 20), i));
    if (!w || !rules.determiners.has(w[1]!)) return null;
    const sent = sentenceAt(doc, at), m = sent ? issuerOf(doc, sent.start, at - w[0].length) : null;
    return m ? resolve(m) : null;
  }
  return null;
}
