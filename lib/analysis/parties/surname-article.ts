// Arabic names in Latin letters carry a lower-case article hyphened to the surname ("Achmed al-Scharaa", "Ayman Sheib
// ad-Din"). Papers in many languages name the person in full once, then by the surname without its article
// ("Scharaa"): the short form a later mention may use, for merging (merge.ts) and for speakers (attribution).

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
