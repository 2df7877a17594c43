// A byline as a reader wants it: the name(s), without the word that introduces them ("By", "Von", "Par"), and
// without the date a page prints in the same line ("GILLIAN MOHNEY March 11, 2015 3:46 PM"); a line that is only a
// date or a label and a date ("Last Updated: January 7, 2025", "2 minute read April 25, 2023") names nobody.
// Applied at extraction, so the popup, the reader view, the CLI's JSON and every export show the same byline.

/**
 * Words that introduce a byline ("By Jane Doe"), per language (data, not code). `particle`: the word also starts
 * family names ("di" in "Di Maio"), so it is taken off only when a name of two words or more follows.
 */
import { oneLine } from './chars';
import { monthNumbers, weekdayNames } from './calendar-names';
const BYLINE_PREFIXES: Record<string, ReadonlyArray<{ word: string; particle?: boolean }>> = {
  en: [{ word: 'by' }, { word: 'written by' }, { word: 'words by' }, { word: 'analysis by' }, { word: 'opinion by' }, { word: 'commentary by' }, { word: 'story by' }],
  de: [{ word: 'von', particle: true }, { word: 'text' }, { word: 'ein kommentar von' }, { word: 'eine analyse von' }],
  fr: [{ word: 'par' }],
  it: [{ word: 'di', particle: true }, { word: 'a cura di' }],
  es: [{ word: 'por' }, { word: 'publicado por' }],
  pt: [{ word: 'por' }, { word: 'publicado por' }],
  nl: [{ word: 'door' }],
};

/** The languages whose introducing words are known: a line of a page that names no language is read in each. */
export const BYLINE_LANGUAGES: readonly string[] = Object.keys(BYLINE_PREFIXES);

const prefixPatterns = new Map<string, RegExp>();
/** The pattern of an introducing word, built once a process: cleanByline is asked of every line near the headline. */
function prefixPattern(word: string): RegExp {
  let re = prefixPatterns.get(word);
  if (!re) prefixPatterns.set(word, re = new RegExp(`^${word}\\s*:?\\s+(?=\\p{Lu})`, 'iu'));
  return re;
}

/** One word of capitals, an agency's acronym ("von APA", "Par AFP"): a family name after a particle ("von Trapp")
 * is not written so, so the particle is the introducing word before it. */
export const AGENCY = /^\p{Lu}{2,6}$/u;

/** The byline without the word that introduces it ("By Jane Doe" → "Jane Doe"), in the article's language. */
export function cleanByline(byline: string | null | undefined, lang?: string | null): string | null {
  let b = oneLine(byline ?? '');
  const own = BYLINE_PREFIXES[(lang ?? '').slice(0, 2).toLowerCase()] ?? [];
  for (const { word, particle } of [...own, ...(lang?.startsWith('en') ? [] : BYLINE_PREFIXES.en ?? [])]) {
    const m = prefixPattern(word).exec(b);
    if (!m) continue;
    const rest = b.slice(m[0].length);
    if (particle && rest.split(' ').length < 2 && !AGENCY.test(rest)) continue;
    b = rest;
    break;
  }
  return withoutDate(b, lang) || null;
}

// A number that starts a date or a time: not glued to letters before it ("9News") or after it ("3rd" is a date,
// but a name never holds one).
const DATE_NUMBER = /(?<![\p{L}\p{N}])\p{Nd}{1,4}(?=[\s.:/,年月日-]|$|st\b|nd\b|rd\b|th\b)/u;
const names = new Map<string, Set<string>>();
/** Month and weekday names of a language, lower-cased, without dots (lib/calendar-names.ts). */
function monthNames(lang: string): Set<string> {
  let set = names.get(lang);
  if (!set) names.set(lang, set = new Set([...monthNumbers(lang || 'en').keys(), ...weekdayNames(lang || 'en')]));
  return set;
}

/** A word without a month or weekday name glued to it after a small letter ("ArnoldNovember" -> "Arnold"). */
function unglued(word: string, names: Set<string>): string {
  for (let i = word.length - 2; i > 0; i--) {
    if (!/\p{Lu}/u.test(word[i]!) || !/\p{Ll}/u.test(word[i - 1]!)) continue;
    if (names.has(word.slice(i).toLowerCase().replace(/[.,]$/, ''))) return word.slice(0, i);
  }
  return word;
}

// A day glued to the letters before it and followed by a month's name ("Lucas Nolan22 Dec 2016651": the name, the
// date and a comment counter, elements set without a space and read as one string, as the plain fallback run does).
const GLUED_DAY = /(?<=\p{Ll})\p{Nd}{1,2}\.?\s*(\p{L}+)/gu;

/** The byline before a day glued to its last word, when a month's name follows the day; else the byline whole. */
function beforeGluedDay(b: string, names: Set<string>): string {
  for (const m of b.matchAll(GLUED_DAY)) if (names.has(m[1]!.toLowerCase())) return b.slice(0, m.index);
  return b;
}

/** The byline before a date it carries; null when nothing but a label stands before the date. */
function withoutDate(line: string, lang: string | null | undefined): string {
  const names = monthNames((lang ?? 'en').slice(0, 2).toLowerCase());
  const b = beforeGluedDay(line, names);
  const d = DATE_NUMBER.exec(b);
  if (!d) return b;
  const words = b.slice(0, d.index).trim().split(/\s+/).filter(Boolean);
  // "… Monday, March 11": month and weekday belong to the date; so does a word in lower case before it ("on", "am"),
  // where names are written with capitals.
  const dated = (w: string) => names.has(w.toLowerCase().replace(/[.,]$/, '')) || (/\p{Ll}/u.test(w) && !/\p{Lu}/u.test(w));
  while (words.length && dated(words[words.length - 1]!)) words.pop();
  // Text nodes joined without a space: "ArnoldNovember", "FoustMonday".
  if (words.length) words[words.length - 1] = unglued(words[words.length - 1]!, names);
  const head = words.join(' ').replace(/[\s,;|·•–—-]+$/, '');
  // A label before the date ("Last Updated:") is no name.
  return head.endsWith(':') || !/\p{L}/u.test(head) ? '' : head;
}

// A desk's code after an author's name, in brackets ("Elena Oberholzer (obe)", "Corina Gall (cog.)"): two to four
// letters taken from the name in order, the first an initial of one of its words. An agency there ("Jane Doe (dpa)")
// is no code of the name, and stays.
const CODE = /\s*\((\p{Ll}{2,4})\.?\)/gu;

/** Whether `code` is made of `name`'s letters in order, starting at one of its words' initials. */
function codeOf(code: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((_, i) => {
    const rest = words.slice(i).join('');
    if (rest[0] !== code[0]) return false;
    let at = 0;
    for (const c of code) { at = rest.indexOf(c, at); if (at < 0) return false; at++; }
    return true;
  });
}

/** The byline without the desk codes after its names. */
export function withoutDeskCodes(byline: string): string {
  return byline.replace(CODE, (all, code: string, at: number) => {
    const name = /(?:^|,\s*)([^,()]+)$/u.exec(byline.slice(0, at))?.[1] ?? '';
    return name && codeOf(code, name) ? '' : all;
  });
}
