// "«…», recalcó la fuente. Según su análisis, Israel actuó así «…»": a phrase opened by a possessive ("su análisis",
// "his statement", "leur communiqué") is its owner's words. With nobody named since the quotation before, in the
// same paragraph, the owner is whoever spoke that quotation, named or not, not the body the text named last.

import type { Attributed } from './index';
import type { MentionSpan } from './mention';
import { insideQuote, type Doc } from './site';
import type { Speakers } from './speakers';

/** The most characters between the quotation before and the possessive phrase. */
const MAX_GAP = 200;

/** The speaker of the quotation before, for a possessive phrase at `m` read as a body or nobody; null when the rule
 * does not hold. */
export function possessiveOwner(doc: Doc, book: Speakers, m: MentionSpan, prev: Attributed | undefined): Pick<Attributed, 'who' | 'mention'> | null {
  const words = doc.text.slice(m.s, m.e).trim().split(/\s+/);
  if (words.length < 2 || !doc.rules.possessives.has(words[0]!.toLowerCase())) return null;
  if (!prev || (prev.who === null && !prev.mention) || prev.q.close > m.s) return null;
  const gap = doc.text.slice(prev.q.close, m.s);
  if (gap.length > MAX_GAP || gap.includes('\n')) return null;
  const own = prev.who === null ? null : book.id(prev.who);
  if (doc.reg.within(prev.q.close, m.s).some((x) => !insideQuote(doc, x.s) && doc.reg.get(x.party).id !== own)) return null;
  return { who: prev.who, mention: prev.who === null ? prev.mention : doc.text.slice(m.s, m.e).trim() };
}
