// A line that is a relative time ("14 hours ago", "Published 1 day ago", "vor 2 Stunden", "hace 3 días",
// "5 時間前"): the page's dateline written as an age. The forms come from Intl (CLDR) in 75 languages
// (scripts/gen-relative-time.mjs -> lib/rules/relative-time.json), not from a list written by hand.
import DATA from '../rules/relative-time.json';

/** Words a dateline may carry beside its age ("Last updated", "Publicado"); more make it a sentence. */
const MAX_OTHER_WORDS = 2;
const MAX_LENGTH = 60;
/** Parts of a meta line ("Name | Published 4 months ago") and the words each part may have. */
const SEPARATOR = /\s*[|·•]\s*/;
const MAX_PART_WORDS = 5;

/** The templates ('#' for the number) by the two characters after the number, or before it when nothing follows:
 * keyed at build time (scripts/gen-relative-time.mjs), as a cold page would otherwise index all of them first. */
const BY_POST: Partial<Record<string, string[]>> = DATA.post, BY_PRE: Partial<Record<string, string[]>> = DATA.pre;
const KEY = 2;
const NOT_ASCII = /[^\0-\x7f]/;

// Letters of scripts written with spaces: a template's edge letter must not run on into a longer word there.
const SPACED_LETTER = /[\p{L}\p{M}]/u, UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const runsOn = (edge: string | undefined, next: string | undefined) =>
  !!edge && !!next && SPACED_LETTER.test(edge) && SPACED_LETTER.test(next) && !UNSPACED.test(edge);

/** The span [start, end) of a relative time around the number at [i, j) of `norm`, if one is there. */
function spanAt(norm: string, i: number, j: number): [number, number] | null {
  const before = norm.slice(0, i), after = norm.slice(j);
  const found = [...(BY_POST[after.slice(0, KEY)] ?? []), ...(BY_PRE[before.slice(-KEY)] ?? [])];
  for (const t of found) {
    const at = t.indexOf('#'), pre = t.slice(0, at), post = t.slice(at + 1);
    if (!before.endsWith(pre) || !after.startsWith(post)) continue;
    const start = i - pre.length, end = j + post.length;
    if (runsOn(pre[0], norm[start - 1]) || runsOn(post[post.length - 1], norm[end])) continue;
    return [start, end];
  }
  return null;
}

/**
 * Whether a block's normalised text (lib/fingerprint.ts normalizeBlockText: NFKC, lower case) is a relative time
 * with at most two other words and no sentence's end after it, alone or as one part of a line of short parts.
 */
export function isRelativeTime(norm: string): boolean {
  if (norm.length > MAX_LENGTH) return false;
  // A meta line of parts set apart by bars or dots ("Fouzia Van Der Fort | Published 4 months ago"): one part is the
  // age, the others short (a name, a section).
  const parts = norm.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) return parts.every((p) => p.split(' ').length <= MAX_PART_WORDS) && parts.some((p) => ageOnly(p));
  return ageOnly(norm);
}

/** An age with at most two other words ("Published 1 day ago") and no sentence's end after it. */
function ageOnly(norm: string): boolean {
  // In ASCII text \p{Nd} is 0-9: the Unicode pattern, costly to compile cold, runs only on other text.
  const digits = NOT_ASCII.test(norm) ? /\p{Nd}+/gu : /[0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = digits.exec(norm))) {
    const span = spanAt(norm, m.index, m.index + m[0].length);
    if (!span) continue;
    const rest = (norm.slice(0, span[0]) + ' ' + norm.slice(span[1])).trim();
    if (/[.!?。！？]$/.test(norm.slice(span[1]).trim())) return false;
    if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_OTHER_WORDS && rest.length <= 30) return true;
  }
  return false;
}

/** Days named relative to the day the page was served ("heute", "yesterday", "i går"): data from Intl (CLDR). */
const DAYS: ReadonlySet<string> = new Set(DATA.days);
/** Words of the longest such day ("l’altro ieri", "ngayong araw"). */
const DAY_WORDS = 3;
/** Words a date line may carry beside its day and clock time ("Online seit", "Uhr", "Updated"). */
const MAX_DAY_LINE_WORDS = 3;

/**
 * Whether a block's normalised text is a date line that names its day relative to today ("online seit heute, 7.57
 * uhr", "today 5:00 am", "publié hier à 18h"): it dates nothing once the page is saved or read later.
 */
export function isRelativeDay(norm: string): boolean {
  if (norm.length > MAX_LENGTH || /[.!?。！？]$/.test(norm)) return false;
  const words = norm.split(/[\s,;|·•]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= DAY_WORDS && i + n <= words.length; n++) {
      if (!DAYS.has(words.slice(i, i + n).join(' '))) continue;
      const others = [...words.slice(0, i), ...words.slice(i + n)].filter((w) => /\p{L}/u.test(w) && !/\p{Nd}/u.test(w));
      if (others.length <= MAX_DAY_LINE_WORDS) return true;
    }
  }
  return false;
}
