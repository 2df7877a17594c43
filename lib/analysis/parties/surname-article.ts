// Arabic names in Latin letters carry a lower-case article hyphened to the surname ("Achmed al-Scharaa", "Ayman Sheib
// ad-Din"). Papers in many languages name the person in full once, then by the surname without its article
// ("Scharaa"): the short form a later mention may use, for merging (merge.ts) and for speakers (attribution). A
// double surname ("Grande-Marlaska") goes by either part alone, for speakers.

import { letterAt, upperAt } from '../text/props';
import { charWidth } from '../text/chars';

/** A lower-case article or particle hyphened to a capitalised name ("al-", "ad-", "bin-", "van-"); the name after it.
 * A list, not a shape: "non-Muslim", "pro-Russian", "pay-TV" are no names. The words of the text (words.ts) read
 * such a word as capitalised by the same scan. */
const ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'as', 'ash', 'az', 'ud', 'ul', 'de', 'van', 'von', 'bin', 'ibn']);
/** The name after the article (`/^(?:al|el|…|ibn)-(\p{Lu}[\p{L}'’-]*)$/u`'s group), or null: the article stands
 * before the hyphen at the word's third or fourth character, a capital after it, then letters, apostrophes and
 * hyphens to the end (a scan: the pattern, behind a hyphen alone, was compiled on most pages: "co-founder"). */
export function articleNameRest(t: string): string | null {
  for (const at of [2, 3]) {
    if (t.charCodeAt(at) !== 45 || !ARTICLES.has(t.slice(0, at)) || !upperAt(t, at + 1)) continue;
    for (let i = at + 1; i < t.length; i += charWidth(t, i)) if (!letterAt(t, i) && t[i] !== "'" && t[i] !== '’' && t[i] !== '-') return null;
    return t.slice(at + 1);
  }
  return null;
}
/** An article hyphened to a name (articleNameRest). */
export const isArticleName = (t: string) => t.length > 3 && articleNameRest(t) !== null;

/** The last word of a name of two words or more without its article ("al-Scharaa" → "scharaa"), lower case; or null. */
export function surnameWithoutArticle(name: string): string | null {
  const at = name.lastIndexOf(' ');
  if (at < 0) return null;
  return articleNameRest(name.slice(at + 1))?.toLowerCase() ?? null;
}

/** A double surname's two parts, lower case: "Fernando Grande-Marlaska" goes by "Marlaska" or "Grande" alone. Both
 * capitalised and of DOUBLE_PART letters or more ("Ben-Gvir": a short prefix is no surname alone); a name of two
 * words or more (a one-word "Baden-Württemberg" is no person's). */
const DOUBLE_PART = 4;
export function doubleSurname(name: string): string[] {
  const at = name.lastIndexOf(' ');
  if (at < 0) return [];
  const parts = name.slice(at + 1).split(/[-‐]/);
  if (parts.length !== 2 || !parts.every((w) => w.length >= DOUBLE_PART && w[0] !== w[0]!.toLowerCase())) return [];
  return parts.map((w) => w.toLowerCase());
}
