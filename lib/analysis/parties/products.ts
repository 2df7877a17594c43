// "my 12-inch MacBook", "a 60W USB-C PD port", "the black Magic Mouse … my Magic Mouse", "für OS X 10.10": a name the
// text writes as a thing someone owns, measures or runs in a version is a product, not a body or a place of the story,
// though the tagger read it as one. The evidence is the structure around each mention, not a list of products:
// - a possessive right before it (a body is no one's: "our company" is written with a noun, not the firm's name);
// - a measurement right before it: a number joined to its unit ("12-inch", "60W", "4K"; not an ordinal, "101st",
//   nor an age, "40-year-old");
// - a version number right after it ("10.10", "2.0.1").
// A name the text says more of (a description, a role), that it never writes so half the time, or that speaks stays.

import type { Rules } from '../../rules/languages';
import type { Mention, PartyRecord, Registry } from './registry';
import { wordBefore } from '../letters';
import { OFF_STORY } from '../weights';
import { isOrgHead } from './lexicon';

/** The token right before `s`, through one space: "12-inch" in "my 12-inch MacBook". */
const TOKEN_BEFORE = /(\S+) $/;

/** A number joined to a unit: its letters hold a capital ("60W", "4K", "128GB", "5000mAh") or follow a hyphen and are
 * three or more ("12-inch", "27-inch"). An ordinal ("101st", "3e") has one or two lower-case letters and no hyphen;
 * an age ("40-year-old") has two hyphens. */
const MEASURE = /^\d+(?:[.,]\d+)?(?:-\p{Ll}{3,}|\p{L}*\p{Lu}\p{L}*)$/u;

/** A version number right after the name: "OS X 10.10", "Windows 3.1.1" (a decimal amount takes a comma in the
 * languages that write "1,5", and in English is followed by its scale word, which the next test leaves out). */
const VERSION = /^ \d+\.\d+(?:\.\d+)*(?![\d.,]*\d)(?! (?:million|billion|trillion|percent)\b)/;

function productUse(m: Mention, text: string, rules: Rules): boolean {
  if (rules.possessives.has(wordBefore(text, m.s))) return true;
  const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, m.s - 16), m.s))?.[1];
  // (MEASURE's Unicode classes compiled only for a token that starts with a digit, as every measure does)
  if (before && before.charCodeAt(0) >= 48 && before.charCodeAt(0) <= 57 && MEASURE.test(before)) return true;
  return VERSION.test(text.slice(m.e, m.e + 24));
}

/** The party (a body, a place or of no type yet) is a product: at least half of its mentions are a product's. A name
 * with an organisation's head word is a body whoever owns it ("his Institute for Global Change", "its Freedom
 * Caucus"). */
export function isProduct(p: PartyRecord, text: string, rules: Rules): boolean {
  if ((p.kind !== 'organization' && p.kind !== 'place' && p.kind !== 'unknown') || p.roles.size > 0) return false;
  if (p.name.split(' ').some((w) => isOrgHead(w, rules))) return false;
  const n = p.mentions.filter((m) => productUse(m, text, rules)).length;
  return n > 0 && n >= p.mentions.length * OFF_STORY.ownedShare;
}

/** "USB-C on MacBooks" beside "my 12-inch MacBook": a name written as the plural of a product's (an "s" or "es"
 * more) is those products. Marked after the products themselves (markOffStory). */
export function markProductPlurals(reg: Registry) {
  const products = new Set(reg.live().filter((p) => p.offStory === 'product' && p.parts.length === 1).map((p) => p.parts[0]!));
  if (!products.size) return;
  for (const p of reg.live()) {
    const l = p.parts.length === 1 ? p.parts[0]! : '';
    if (!p.offStory && p.roles.size === 0 && (products.has(l.replace(/s$/, '')) || products.has(l.replace(/es$/, '')))) p.offStory = 'product';
  }
}
