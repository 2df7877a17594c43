// Arabic names in Latin letters carry a lower-case article hyphened to the surname ("Achmed al-Scharaa", "Ayman Sheib
// ad-Din"). Papers in many languages name the person in full once, then by the surname without its article
// ("Scharaa"): the short form a later mention may use, for merging (merge.ts) and for speakers (attribution). A
// double surname ("Grande-Marlaska") goes by either part alone, for speakers.

/** A lower-case article or particle hyphened to a capitalised name ("al-", "ad-", "bin-", "van-"); the name after it.
 * A list, not a shape: "non-Muslim", "pro-Russian", "pay-TV" are no names. The words of the text (words.ts) read
 * such a word as capitalised by the same pattern. */
export const ARTICLE_NAME = /^(?:al|el|ad|ed|as|ash|az|ud|ul|de|van|von|bin|ibn)-(\p{Lu}[\p{L}'’-]*)$/u;
// ARTICLE_NAME's hyphen stands third or fourth: asked first, it spares the pattern almost every word
export const particleHyphen = (t: string) => t.length > 3 && (t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45);
/** ARTICLE_NAME.test(t), the pattern run only behind its hyphen. */
export const isArticleName = (t: string) => particleHyphen(t) && ARTICLE_NAME.test(t);

/** The last word of a name of two words or more without its article ("al-Scharaa" → "scharaa"), lower case; or null. */
export function surnameWithoutArticle(name: string): string | null {
  const at = name.lastIndexOf(' ');
  if (at < 0) return null;
  const last = name.slice(at + 1), m = particleHyphen(last) ? ARTICLE_NAME.exec(last) : null;
  return m ? m[1]!.toLowerCase() : null;
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
