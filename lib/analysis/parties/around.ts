// What stands around a name: words that say it names no party of its own (a unit after a number, "1,5 Grad Celsius";
// a body before a role, its holder's employer named again, "Walt Disney Co. executive Kevin Mayer"), and the words
// right before it that type it (an organisation noun, a role's preposition, a locative before an article).

import { escapeRegExp } from '../../chars';
import type { Rules } from '../../rules/languages';
import { isOrgHead, isOrgNoun, isTitleWord } from './lexicon';
import { norm } from './registry';
import type { Word } from './words';
import { PARTY_FILTER } from '../weights';
import type { Candidate, ClassifyContext } from './classify';
import { codePointBefore, letterRunStart, lowerAt, spaceRunStart } from '../text/props';

/** The body's own word (its last before the heads that end it: "Disney" of "Walt Disney Co.") stands elsewhere in
 * the text too. */
export function namedAgain(c: ClassifyContext, words: Word[]): boolean {
  const own = [...words].reverse().find((w) => w.cap && !isOrgHead(w.t, c.rules));
  if (!own) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(own.t)}(?![\\p{L}\\p{N}])`, 'gu');
  return (c.reg.text.match(re)?.length ?? 0) >= 2;
}

/** A capitalised word right after the role word `next` that follows the name ending at `e`. */
export function holderAfter(text: string, e: number, next: string): boolean {
  const after = text.slice(e, e + 40), at = after.indexOf(next);
  return at >= 0 && /^\s+\p{Lu}\p{Ll}/u.test(after.slice(at + next.length));
}

/** "um 1,5 Grad Celsius", "40 Fahrenheit": a name right after a number (not a year) is its unit or an address
 * ("520 Third Street"), unless the tagger is sure of it. */
export function afterMeasure(c: ClassifyContext, cand: Candidate, words: Word[], name: string): boolean {
  // ("10 Downing Street" is the government's seat, which the gazetteer knows; "all 21 Montana Freedom Caucus members"
  // counts a body's members)
  if ((cand.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || c.gaz.capitals.has(norm(name)) || c.gaz.names.has(norm(name))) return false;
  if (words.some((w) => isOrgHead(w.t, c.rules))) return false;
  // (a number of its own, one space before the name: "@trevorjd14 Trevor", a table's "23  Ricky Stenhouse Jr." are none)
  // (a digit and one space right before the name first: most names have none, and compile no pattern)
  const s = words[0]!.s, text = c.reg.text, digit = text.charCodeAt(s - 2);
  if (text[s - 1] !== ' ' || !(digit >= 48 && digit <= 57)) return false;
  const m = /(?:^|[^\p{L}\p{N}])(\d+(?:[.,]\d+)?) $/u.exec(text.slice(Math.max(0, s - 12), s));
  return !!m && !/^\d{4}$/.test(m[1]!);
}

/** An organisation noun right before the name ("the carmaker Stellantis", "rights groups Al Mezan"), not across a
 * comma ("der Familienunternehmen, Colette Boos-John", "the Chinese operator, Kang Shao Pin": a body's chair, an
 * apposition; a listed noun still counts there before one word, "his own company, Salesforce,", or before a name
 * the tagger does not take for a person's, "the operator, Brackmoor Coaches,"). */
export const orgNounRightBefore = (text: string, s: number, prev: string, rules: Rules) => isOrgNoun(prev, rules) && rightBefore(text, s);

/** A word ends right before `s`, one space apart (no comma between). */
export const rightBefore = (text: string, s: number) => /\p{L}\s+$/u.test(text.slice(Math.max(0, s - 3), s));

/** The word before the word that ends right before `s`, lower-cased ("in" of "in the Gaza Strip"). */
export const wordBefore = (text: string, s: number) => wordBeforeLast(text.slice(Math.max(0, s - 40), s)).toLowerCase();

/** The word before the last one of `t` (`/(\p{L}+)\s+\p{L}+[’']?\s*$/u`'s group, by a scan), or ''. */
export function wordBeforeLast(t: string): string {
  let e = t.trimEnd().length;
  if (t[e - 1] === '’' || t[e - 1] === "'") e--;
  const s2 = letterRunStart(t, e), ws = spaceRunStart(t, s2), s1 = letterRunStart(t, ws);
  return s2 < e && ws < s2 && s1 < ws ? t.slice(s1, ws) : '';
}

/** A lower-case word that is no function word right after `e` (the noun a name stands before: "the Strava community"). */
export function nounAfter(text: string, e: number, rules: Rules): boolean {
  const m = /^\s+(\p{Ll}+)/u.exec(text.slice(e, e + 30));
  return !!m && !rules.functionWords.has(m[1]!);
}

/** The word before the preposition `prev` that ends right before `s` is a role ("principal analyst at"). */
export function roleBefore(text: string, s: number, prev: string, rules: Rules): boolean {
  // (the two words of `/(\p{L}+)\s+(\p{L}+)\s+$/u`, by a scan: no property pattern compiled on a cold page)
  const t = text.slice(Math.max(0, s - 60), s), e = spaceRunStart(t, t.length), s2 = letterRunStart(t, e);
  const ws = spaceRunStart(t, s2), s1 = letterRunStart(t, ws);
  if (!(e < t.length && s2 < e && ws < s2 && s1 < ws)) return false;
  const role = t.slice(s1, ws);
  return t.slice(s2, e).toLowerCase() === prev && (roleWord(role, rules) || portfolioBefore(t, ws, rules));
}

/** A title, or one in the plural ("the performance analysts at Digital Foundry"). */
const roleWord = (w: string, rules: Rules) => isTitleWord(w, rules) || (w.endsWith('s') && lowerAt(w, codePointBefore(w, w.length - 1)) && isTitleWord(w.slice(0, -1), rules));

/** Words a role's portfolio may hold between its genitive and the workplace's preposition. */
const PORTFOLIO_WORDS = 4;

/** "SVP of enterprise AI and automation at": a title, a genitive and its portfolio of a few words (no punctuation,
 * no auxiliary: "the head of security was at Heathrow" is a visit) end at `end` of `t`, where the preposition
 * begins. (Words walked back by a scan: no property pattern compiled on a cold page.) */
function portfolioBefore(t: string, end: number, rules: Rules): boolean {
  let e = end;
  for (let k = 0; k <= PORTFOLIO_WORDS; k++) {
    const s = letterRunStart(t, e), w = t.slice(s, e), sp = spaceRunStart(t, s);
    if (s === e || sp === s || rules.auxiliaries.has(w.toLowerCase())) return false;
    const prevStart = letterRunStart(t, sp);
    if (k > 0 && rules.genitives.has(w.toLowerCase()) && prevStart < sp) return roleWord(t.slice(prevStart, sp), rules);
    e = sp;
  }
  return false;
}

/** A sentence ends right before `s` (where every noun is capitalised, the next sentence's first words are often no
 * name: "…zum Anbieter. Sollten Sie…", not the Anbieter's name). */
export const stopBefore = (text: string, s: number) => /[.!?:;]\s*$/.test(text.slice(Math.max(0, s - 4), s));

/** "der Kollaps einer Bank": the text writes the word after an indefinite article, as a common noun. */
export function afterIndefinite(text: string, word: string, rules: Rules): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) if (rules.indefinites.has(m[1]!.toLowerCase())) return true;
  return false;
}
