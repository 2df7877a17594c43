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
import { hasLetter } from '../text/props';

const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** The author of "the <document noun>", or null when the text says none close before. */
export function documentAuthor(r: Resolver, span: MentionSpan, words: string[], resolve: (m: MentionSpan) => Who | null): Who | null {
  const { doc } = r, { rules } = doc;
  const [det, noun] = words;
  if (words.length !== 2 || !rules.determiners.has(det!) || rules.indefinites.has(det!) || !rules.documentNouns.has(noun!)) return null;
  // the nearest earlier mention of that document, outside quotations, brought in by an article or a possessive; a
  // definite one with no issuer ("The letter came a week after …") is the same document again: read on before it
  let end = span.s;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    const from = Math.max(0, end - RESOLVE.documentWindow), low = doc.text.slice(from, end).toLowerCase();
    const at = lastMention(r, low, noun!, from);
    if (at === null) return null;
    const w = WORD_BEFORE.exec(low.slice(Math.max(0, at - from - 20), at - from));
    if (!w || !rules.determiners.has(w[1]!)) return null;
    const sent = sentenceAt(doc, at), m = sent ? issuerOf(doc, sent.start, at - w[0].length) : null;
    if (m) return resolve(m);
    if (rules.indefinites.has(w[1]!)) return null;
    end = at - w[0].length;
  }
  return null;
}

/** "“…,” the letter stated. It described …": "it" right after a sentence a definite document closes speaks for that
 * document (its author or nobody), not for the body named last. Undefined when no such sentence comes just before. */
export function itsDocument(r: Resolver, pos: number, resolve: (m: MentionSpan) => Who | null): Who | null | undefined {
  const before = r.doc.text.slice(Math.max(0, pos - 60), pos), end = before.trimEnd().length;
  const m = DOC_CLOSES.exec(before.slice(0, end));
  if (!m) return undefined;
  const s = pos - before.length + m.index + m[0].indexOf(m[1]!);
  const words = m[1]!.toLowerCase().split(/\s+/), span = { s, e: s + m[1]!.length };
  if (!r.doc.rules.documentNouns.has(words[1]!)) return undefined;
  return documentAuthor(r, span, words, resolve);
}
/** "…,” the letter stated." at the end of a sentence: the document phrase and its verb. */
const DOC_CLOSES = /[”"’»]\s+(\p{Ll}+\s+\p{Ll}+)\s+\p{Ll}+[.!?]$/u;

/** Mentions of one document followed back (each within the description window of the next). */
const MAX_HOPS = 4;

/** Where the last whole-word `noun` outside quotations stands in `low` (the text from `from`), or null. */
function lastMention(r: Resolver, low: string, noun: string, from: number): number | null {
  for (let i = low.lastIndexOf(noun); i > 0; i = low.lastIndexOf(noun, i - 1)) {
    if (hasLetter(low[i - 1]!) || hasLetter(low[i + noun.length] ?? '') || insideQuote(r.doc, from + i)) continue;
    return from + i;
  }
  return null;
}
