// "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo": a role's portfolio of two fields joined by
// "and" is one portfolio, no two bodies. settings.ts's isPortfolio reads a field right after the role and its particle;
// here the field on either side of the "and" is read against the role before the first.

import { everyLanguage } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate, ClassifyContext } from './classify';
import { isOrgHead, isTitleWord } from './lexicon';
import { portfolioLink } from './settings';

const AND = everyLanguage('andWords');
/** A field: one to three capitalised words. */
const FIELD = String.raw`\p{Lu}[\p{L}\u2019'-]*(?: \p{Lu}[\p{L}\u2019'-]*){0,2}`;
/** The text before a second field: the first field and "and" (its word checked apart). */
const FIRST_BEFORE = new RegExp(String.raw`(${FIELD}) (\p{Ll}+) $`, 'u');
/** The text after a first field: "and" and the second field, then no more name. */
const SECOND_AFTER = new RegExp(String.raw`^ (\p{Ll}+) (${FIELD})(?![\p{L}\p{N}]| \p{Lu})`, 'u');

/** The word between the space at `e` and the next space is an "and" word: SECOND_AFTER's first group, where it
 * matches, read by a scan. The two patterns repeat big Unicode classes, each copy compiled on first use (~1 ms of a
 * cold analysis each); asked only where this holds, they run on a few candidates a page and compile on few pages. */
export function andAfter(text: string, e: number): boolean {
  const end = text.indexOf(' ', e + 1);
  return text[e] === ' ' && end > e + 1 && AND.has(text.slice(e + 1, end));
}

/** The word between the space ending at `s` and the space before it is an "and" word: FIRST_BEFORE's second group. */
export function andBefore(text: string, s: number): boolean {
  const start = s >= 2 ? text.lastIndexOf(' ', s - 2) : -1;
  return text[s - 1] === ' ' && start >= 0 && AND.has(text.slice(start + 1, s - 1));
}

/** A role's word ("minister", "MEC") in the 100 characters before `s`: where the text before a first field can end
 * in the role's portfolio link (the field and "and" within the 60 characters before `s`, the link within 40 before
 * the field). A necessary condition, read by a scan, for FIRST_BEFORE's match to count. */
function roleNear(c: ClassifyContext, s: number): boolean {
  const lower = c.reg.text.slice(Math.max(0, s - 100), s).toLowerCase();
  for (const r of c.rules.portfolioRoles) if (lower.includes(r)) return true;
  return false;
}

/** A field names a body of its own where its last word is a body's head ("the Dock Workers’ Union"), or holds a
 * title ("State Antony Blinken"). */
const bodyOrTitle = (field: string, c: ClassifyContext) => {
  const ws = field.split(' ');
  return isOrgHead(ws[ws.length - 1]!, c.rules) || ws.some((w) => isTitleWord(w, c.rules));
};

/** The role's portfolio link ("MEC for ") ends the text before `at`. */
function afterPortfolioRole(c: ClassifyContext, at: number): boolean {
  const m = portfolioLink(c.reg.text.slice(Math.max(0, at - 40), at));
  return !!m && (c.rules.portfolioRoles.has(m[1]!.toLowerCase()) || (!!m[2] && c.rules.portfolioRoles.has(m[2].toLowerCase())));
}

/** The candidate is one of two fields of a role's portfolio joined by "and": the first ("Cooperative Governance"
 * before "and Traditional Affairs") or the second (after "MEC for Cooperative Governance and "). Not a name the tagger
 * reads as a person's, and not where the other field is a party of its own. */
export function inPortfolioList(c: ClassifyContext, cand: Candidate, words: readonly Word[]): boolean {
  if (cand.tag === 'PER' || words.length > 3) return false;
  const s = words[0]!.s, e = words[words.length - 1]!.e, { text } = c.reg;
  const name = text.slice(s, e);
  if (bodyOrTitle(name, c)) return false;
  // (the patterns asked last, where all else can hold: compiled on few pages)
  const next = andAfter(text, e) && afterPortfolioRole(c, s) ? SECOND_AFTER.exec(text.slice(e, e + 60)) : null;
  if (next && AND.has(next[1]!) && !bodyOrTitle(next[2]!, c)) return true;
  const prev = andBefore(text, s) && roleNear(c, s) ? FIRST_BEFORE.exec(text.slice(Math.max(0, s - 60), s)) : null;
  if (!prev || !AND.has(prev[2]!) || bodyOrTitle(prev[1]!, c)) return false;
  const first = s - prev[0].length;
  return c.reg.within(first, first + prev[1]!.length).length === 0 && afterPortfolioRole(c, first);
}
