// "TNO's report said", "The Conservatives’ letter … said", "acebush1’s last Reddit post …": a document speaks for the
// party whose it is (the author the text names), not for the platform it appeared on.

import { isNameRun, type MentionSpan } from './mention';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import { letterRunStart, wordAfterSpaces } from '../text/props';
import { handleAsWritten, isHandle } from './handle';

/** Owner, up to three words that qualify the document ("last", "Reddit", "fundraising"), the document noun. */
const OWNED = /^(\S+\s+)?(.+?)['’]s?\s+((?:[^\s'’]+\s+){0,3})(\p{L}+)\s*$/u;
/** An owner's possessive (and a qualifier) right before a phrase: "kat99’s last [Reddit post]". */
const OWNER_BEFORE = /(?:^|\s)(\S+['’]s?\s+(?:[^\s'’,;:]+\s+)?)$/u;

/** The party named as owner ("X's") of the document noun that ends the phrase (or comes right after it: a phrase cut
 * before "post", read as a verb; or the owner right before it, "[Reddit post]" after "kat99’s last"), right after an
 * optional determiner (a name the text used before, when the tagger did not mark it here; a user name as written). */
export function documentOwner(r: Resolver, span: MentionSpan): Who | null {
  const { doc } = r, nouns = doc.rules.documentNouns;
  let t = doc.text.slice(span.s, span.e), start = span.s;
  const next = wordAfterSpaces(doc.text.slice(span.e, span.e + 30));
  if (next && nouns.has(next[1]!.toLowerCase()) && /['’]/.test(t)) t += next[0];
  const before = /['’]/.test(t) ? null : OWNER_BEFORE.exec(doc.text.slice(Math.max(0, span.s - 60), span.s));
  if (before) { t = before[1]! + t; start -= before[1]!.length; }
  // (the pattern's last word is the phrase's last run of letters: unless that is a document noun, it cannot count)
  const end = t.trimEnd().length, last = t.slice(letterRunStart(t, end), end);
  if (!last || !nouns.has(last.toLowerCase())) return null;
  const m = OWNED.exec(t);
  if (!m || !nouns.has(m[4]!.toLowerCase())) return null;
  if (m[1] && !doc.rules.determiners.has(m[1].trim().toLowerCase())) return null;
  // (the qualifiers are words of the document, not a clause: "Trump’s rally, where the ad …" is no owner)
  if (m[3] && /[,;:]/.test(m[3])) return null;
  const s = start + (m[1]?.length ?? 0), e = s + m[2]!.length;
  const named = doc.reg.within(s, e).find((x) => x.s === s && x.e === e);
  if (named) return doc.reg.get(named.party).id;
  if (isHandle(m[2]!)) return r.book.byWord(m[2]!, span.s) ?? r.book.add(handleAsWritten(doc.text, m[2]!), 'person', span.s);
  return isNameRun(m[2]!) ? r.book.byWord(m[2]!, span.s) : null;
}
