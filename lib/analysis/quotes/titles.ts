// Spans in quotation marks that are no quotation: titles of films, books, laws and shows ("Face the Nation"), and
// one- or two-word scare quotes ("so-called “experts”") that nobody is said to have spoken.

import { QUOTE_LIMITS } from '../weights';

/** Words title case leaves in lower case, in several languages. */
const SMALL = /^(?:the|a|an|of|and|or|in|on|at|to|for|with|de|la|le|du|des|di|del|der|die|das|und|et|e|y|el|los|van|het|och|og)$/i;

/** A short quotation written in title case: a programme, a book, an event. */
export function isTitleLike(q: string): boolean {
  const ws = q.replace(/[,.;:!?]+$/, '').split(/[\s-]+/).filter(Boolean);
  if (!ws.length || ws.length > 6) return false;
  const big = ws.filter((w) => !SMALL.test(w));
  return big.length > 0 && big.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** A quotation of at most two words ("so-called “experts”"). */
export function isScareQuote(q: string): boolean {
  return q.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= QUOTE_LIMITS.scareMaxWords;
}
