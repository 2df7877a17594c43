// Spans in quotation marks that are no quotation: titles of films, books, laws and shows ("Face the Nation"), and
// one- or two-word scare quotes ("so-called “experts”") that nobody is said to have spoken.

import { QUOTE_LIMITS } from '../weights';
import { isUpper, isWordChar } from '../letters';

/** Words title case leaves in lower case, in several languages. */
const SMALL = /^(?:the|a|an|of|and|or|in|on|at|to|for|with|de|la|le|du|des|di|del|der|die|das|und|et|e|y|el|los|van|het|och|og)$/i;

/** Eight words or more: too many for a title even when the last is only stops, which the test below drops (a
 * look at the first eight words instead of a split of a long quotation). */
const EIGHT_WORDS = /^[\s-]*[^\s-]+(?:[\s-]+[^\s-]+){7}/;

/** A short quotation written in title case: a programme, a book, an event. */
export function isTitleLike(q: string): boolean {
  if (EIGHT_WORDS.test(q)) return false;
  const ws = q.replace(/[,.;:!?]+$/, '').split(/[\s-]+/).filter(Boolean);
  if (!ws.length || ws.length > 6) return false;
  const big = ws.filter((w) => !SMALL.test(w));
  return big.length > 0 && big.every((w) => isUpper(w[0]) || (w[0]! >= '0' && w[0]! <= '9'));
}

/** Han, kana and hangul (the blocks news text uses). */
const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/g;

/** Words of a quotation; in scripts written without spaces, about two characters a word. */
export function wordCount(q: string): number {
  const cjk = q.match(CJK)?.length ?? 0;
  const spaced = q.replace(CJK, ' ').trim().split(/\s+/).filter((w) => [...w].some(isWordChar)).length;
  return spaced + Math.ceil(cjk / 2);
}

/** A quotation of at most two words ("so-called “experts”", 「改革」). */
export function isScareQuote(q: string): boolean {
  return wordCount(q) <= QUOTE_LIMITS.scareMaxWords;
}
