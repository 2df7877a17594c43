// "The doctors, members of the group Doctors for Camp Closure, D4CC, … “…,” the doctors stated." and "lawmakers on
// the House Select Committee … “…,” the lawmakers wrote.": a definite plural of people speaks for the organisation
// the text tied that same plural to (by a group word and a genitive, or by a linking preposition), or, when it first
// brought them in as "a group of physicians", for the organisation that collective noun names ("group Doctors for …").

import type { MentionSpan } from './mention';
import { insideQuote, type Doc } from './site';
import type { Resolver } from './resolve';
import type { Who } from './speakers';
import { RESOLVE } from '../weights';

/** Characters between the link ("members of", "on") and the organisation's name. */
const LINK_REACH = 60;
const NAME_REACH = 12;

/** The organisation named within `reach` characters after `pos`, in the same clause (no sentence end between). */
function orgAfter(doc: Doc, pos: number, reach: number): Who | null {
  const m = doc.reg.firstAfter(pos, reach, (p, x) => p.kind === 'organization' && !/[.;!?]/.test(doc.text.slice(pos, x.s)));
  return m ? doc.reg.get(m.party).id : null;
}

/** The organisation the words after a plural at `end` tie it to: ", members of … Org" (a group word and a genitive
 * after its comma) or " on the Org". */
function tiedAfter(doc: Doc, end: number): Who | null {
  const { rules, text } = doc, after = text.slice(end, end + 40);
  const member = /^,\s+(\p{L}+)\s+(\p{L}+)\s/u.exec(after);
  if (member && rules.groups.has(member[1]!.toLowerCase()) && rules.genitives.has(member[2]!.toLowerCase())) return orgAfter(doc, end + member[0].length, LINK_REACH);
  const link = /^\s+(\p{Ll}+)\s/u.exec(after);
  // (only a word that links a member to its body, "on": "critics of the government" are no part of it)
  if (link && rules.headLinks.has(link[1]!)) return orgAfter(doc, end + link[0].length, NAME_REACH);
  return null;
}

/** "a group of physicians": the collective noun before "of" ("group"), when there is one. */
function collectiveBefore(doc: Doc, start: number): string | null {
  const m = /(\p{Ll}+)\s+(\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(0, start - 30), start));
  return m && doc.rules.genitives.has(m[2]!) && doc.rules.indefinites.has(doc.text.slice(0, start - m[0].length).trim().split(/\s+/).pop()?.toLowerCase() ?? '') ? m[1]! : null;
}

/** The organisation a collective noun names right after it ("the group Doctors for Camp Closure"), before `pos`. */
function collectiveNamed(doc: Doc, noun: string, from: number, pos: number): Who | null {
  const low = doc.text.slice(from, pos).toLowerCase();
  for (let i = low.indexOf(noun); i >= 0; i = low.indexOf(noun, i + 1)) {
    const at = from + i + noun.length;
    if (/\p{L}/u.test(low[i - 1] ?? ' ') || !/^\s+\p{Lu}/u.test(doc.text.slice(at, at + 3))) continue;
    // (the name, or its short form the registry reads after it: "group Doctors for Camp Closure, D4CC")
    const named = orgAfter(doc, at, LINK_REACH);
    if (named !== null) return named;
  }
  return null;
}

/** "the doctors" → the organisation the text tied "doctors" to before (see above); null when it tied them to none. */
export function membersBody(r: Resolver, span: MentionSpan, words: string[]): Who | null {
  const { doc } = r, head = words[1] ?? '';
  if (words.length !== 2 || !head.endsWith('s') || head.length < 4) return null;
  const from = Math.max(0, span.s - RESOLVE.organisationWindow), low = doc.text.slice(from, span.s).toLowerCase();
  for (let i = low.lastIndexOf(head); i >= 0; i = i > 0 ? low.lastIndexOf(head, i - 1) : -1) {
    const s = from + i, e = s + head.length;
    if (/\p{L}/u.test(low[i - 1] ?? ' ') || /\p{L}/u.test(low[i + head.length] ?? ' ') || insideQuote(doc, s)) continue;
    const tied = tiedAfter(doc, e);
    if (tied !== null) return tied;
    const noun = collectiveBefore(doc, s);
    const named = noun ? collectiveNamed(doc, noun, s, span.s) : null;
    if (named !== null) return named;
  }
  return null;
}
