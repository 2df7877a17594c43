// The author's portrait beside the byline or in the bio at the foot ("yasmine-hassan.JPG", alt "Jane Doe"): a picture
// of who wrote the story, not of the story. Known by the byline's name in the picture's file name or its alt text,
// in any language; the byline comes from the page's metadata, so no word list is needed.
import { foldedWords } from '../chars';
import common from '../rules/common';

/** Where a byline lists several names: a comma, a semicolon, an ampersand or a list's conjunction (rules/common.ts). */
const NAME_LIST = new RegExp(`,|;|\\s+&\\s+|\\s+(?:${common.conjunctions!.trim().split(/\s+/).join('|')})\\s+`);

/** Words of a byline name that must all be in the picture's name: letters only, marks folded ("Müller" -> "muller"). */
export function authorWords(byline: string | null | undefined): string[] {
  if (!byline) return [];
  // The first name of a list ("Jane Doe and John Roe", "Jane Doe, John Roe"): two names are never one picture's.
  const first = byline.split(NAME_LIST)[0] ?? '';
  const words = foldedWords(first).filter((w) => w.length >= 2);
  return words.length >= 2 && words.length <= 4 ? words : [];
}

/** Words besides the author's name that a portrait's alt text or line may have ("Autorenprofilbild von …"); more
 * describe a scene (a story's photo, which the author may have taken and named for themselves). */
const MAX_OTHER_WORDS = 2;

/** The block is a picture alone (a byline beside it stays: bylines are never dropped), whose file name or alt text
 * names the author, and whose alt text describes nothing else. */
export function isAuthorPhoto(el: Element, text: string, author: readonly string[]): boolean {
  if (!author.length || text.trim()) return false;
  const imgs = el.tagName.toUpperCase() === 'IMG' ? [el] : Array.from(el.getElementsByTagName('img'));
  if (imgs.length !== 1) return false;
  const img = imgs[0]!, alt = img.getAttribute('alt') ?? '';
  if (alt.trim() && !nameOnly(alt, author)) return false;
  return holds(alt, author) || fileNames(img).some((f) => holds(f, author));
}

const holds = (s: string, author: readonly string[]) => { const parts = foldedWords(s); return author.every((w) => parts.includes(w)); };

/** An alt text that is the author's name with at most two other words and no digits (no date, no scene). */
function nameOnly(s: string, author: readonly string[]): boolean {
  const parts = foldedWords(s);
  return !/\d/.test(s) && parts.filter((w) => !author.includes(w)).length <= MAX_OTHER_WORDS;
}

/** The file names of the picture's sources, without folders or queries. */
function fileNames(img: Element): string[] {
  const src = (img.getAttribute('src') ?? '') + ' ' + (img.getAttribute('srcset') ?? '');
  return src.split(/[\s,]+/).map((u) => u.split(/[?#]/)[0]!.split('/').pop() ?? '').filter(Boolean);
}
