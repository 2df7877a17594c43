// "TNO's report said", "The Conservatives’ letter … said": a document speaks for the party whose it is.

import { isNameRun, type MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import { letterRunStart } from '../text/props';

const OWNED = /^(\S+\s+)?(.+?)['’]s?\s+(\p{L}+)\s*$/u;

/** The party named as owner ("X's") of the document noun that ends the phrase, right after an optional determiner
 * (a name the text used before, when the tagger did not mark it here). */
export function documentOwner(r: Resolver, span: MentionSpan): Who | null {
  const { doc } = r, t = doc.text.slice(span.s, span.e);
  // (the pattern's last word is the phrase's last run of letters: unless that is a document noun, it cannot count)
  const end = t.trimEnd().length, last = t.slice(letterRunStart(t, end), end);
  if (!last || !doc.rules.documentNouns.has(last.toLowerCase())) return null;
  const m = OWNED.exec(t);
  if (!m || !doc.rules.documentNouns.has(m[3]!.toLowerCase())) return null;
  if (m[1] && !doc.rules.determiners.has(m[1].trim().toLowerCase())) return null;
  const s = span.s + (m[1]?.length ?? 0), e = s + m[2]!.length;
  const named = doc.reg.within(s, e).find((x) => x.s === s && x.e === e);
  if (named) return doc.reg.get(named.party).id;
  return isNameRun(m[2]!) ? r.book.byWord(m[2]!, span.s) : null;
}
