// "Sen. Ben Sasse, R-Neb., said", "Rep. Nancy Pelosi (D-Calif.)": a party's initial hyphened to a state, set after
// a person's name, describes that person (party and state). It is no party of its own: the shape is one capital, a
// hyphen and a capitalised word, right after a person's name across a comma or an opening parenthesis. Some house
// styles set the initial and the state apart in brackets ("Rep. Ana Ortiz (D., Ariz.)", "(R., N.Y.)"): the bracket
// is taken whole before names are looked for, and given to the name before it once they are found.

import type { Registry } from './registry';
import type { Word } from './words';

const TAG = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;
const JOIN = /^\s*[,(]\s*$/;
/** (a name without a hyphen is none: most names then compile no pattern) */
const isTag = (s: string) => s.includes('-') && TAG.test(s);

/** The shape of such a tag ("R-Neb.", "D-Calif."): as a speaker's name it names no one. */
export const isPersonTag = (name: string) => isTag(name.trim());

/** If `w` is such a tag, the person it describes gets it as description (when it has none) and true is returned. */
export function personTag(reg: Registry, w: Word): boolean {
  if (!isTag(w.t)) return false;
  return describeBefore(reg, w.s, reg.text[w.e] === '.' && !w.t.endsWith('.') ? `${w.t}.` : w.t);
}

/** The person named right before `at` (across a comma or an opening bracket) gets `tag` as description. */
function describeBefore(reg: Registry, at: number, tag: string): boolean {
  const last = reg.lastBefore(at, 80, () => true);
  if (!last || last.e > at || !JOIN.test(reg.text.slice(last.e, at))) return false;
  const p = reg.get(last.party);
  if (!(p.kind === 'person' || p.evidence.person > 0 || p.votes.PER > Math.max(p.votes.ORG, p.votes.LOC))) return false;
  p.description ??= tag;
  return true;
}

// a bracket after a name holding one capital (the party), a comma and one or two capitalised words (the state)
const BRACKET_TAG = /(?<=\p{L}\s?)\((\p{Lu}\.?, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)\)/gu;

/** An opening bracket after a letter (or a letter and a space), one capital, perhaps a dot, a comma, a space and a
 * capital: where BRACKET_TAG's match begins. A necessary condition, asked by a scan that reads ASCII exactly and lets
 * any other character pass (a capital or a letter of another script). */
export function mayHoldBracketTag(text: string): boolean {
  for (let k = text.indexOf('('); k >= 0; k = text.indexOf('(', k + 1)) {
    if (!letterBefore(text, k)) continue;
    let j = afterCapital(text, k + 1);
    if (j < 0) continue;
    if (text[j] === '.') j++;
    if (text[j] === ',' && text[j + 1] === ' ' && afterCapital(text, j + 2) >= 0) return true;
  }
  return false;
}
const asciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const asciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
/** BRACKET_TAG's look-behind, \p{L}\s?, read loosely: a letter, or a space after one, before `at`. */
function letterBefore(text: string, at: number): boolean {
  const a = text.charCodeAt(at - 1);
  if (!(a >= 128 || asciiLetter(a) || asciiSpace(a))) return false;
  if (!asciiSpace(a)) return true;
  const b = text.charCodeAt(at - 2);
  return b >= 128 || asciiLetter(b);
}
/** The index after a capital at `at` (one code point; an ASCII one must be A–Z), or -1. */
function afterCapital(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c) || (c < 128 && !(c >= 65 && c <= 90))) return -1;
  return at + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}

/** The spans of the bracketed tags ("(D., Ariz.)"): no name is looked for inside them. */
export function bracketTagSpans(text: string): { s: number; e: number; tag: string }[] {
  // (most texts have none: the pattern, costly to compile on a cold page, is not run)
  if (!text.includes('., ') || !mayHoldBracketTag(text)) return [];
  return [...text.matchAll(BRACKET_TAG)].map((m) => ({ s: m.index, e: m.index + m[0].length, tag: m[1]! }));
}

/** Each bracketed tag describes the person named before it (when that party is a person). */
export function bracketTags(reg: Registry, spans: readonly { s: number; tag: string }[]) {
  for (const t of spans) describeBefore(reg, t.s + 1, t.tag);
}
