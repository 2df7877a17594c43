// The byline and date lines at the top of the story that say what the reader's header says already (the article's
// byline and date, which every surface shows above the story): the body's copy of the header. The clean stage keeps
// byline and date lines as small print (markAsMeta); these go from the HTML, as the headline's copy does. Evidence of
// two kinds: the classifier's (a byline or date line, out of the text already) and the header's (the same names, the
// same day), where the line stands above the story's first paragraph. Never text: `text` did not hold them. Not a
// removal either: on the live page, the page's header is where these lines are.
import { datelineDate, slashedReadings } from '../dateline';
import { CALENDAR_NAMES } from '../rules/calendar-names';
import { isRelativeDay, isRelativeTime } from './relative-time';
import { isStandfirst } from '../standfirst';
import { closestTag, FIGURE_TAGS, firstInside } from '../dom';
import type { BlockInfo } from './context';
import type { Verdict } from './decide';

export interface Header { byline?: string | null; published?: string | null; updated?: string | null; lang?: string | null }

/** A byline line may add this many words to the header's names (a job title, the site, a date). */
const EXTRA_WORDS = 14;
/** A paragraph of the story has this many words at least (a kicker, a label has fewer). */
const STORY_WORDS = 8;
/** A date line's day may differ from the metadata's by a time zone. */
const DAY_MS = 36 * 3600e3;
/** Words a line of the header's names alone may add to them. */
const ONLY_EXTRA = 1;

const words = (s: string) => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{M}]{2,}/gu) ?? [];

/** The blocks (their indices) above the story's first kept paragraph that copy the header's byline or date; a date
 * line of the header's day may stand below a first paragraph set above the lead picture (a deck the page's
 * description does not give), before the second. */
export function headerCopies(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], header: Header): Set<number> {
  const out = new Set<number>();
  // The header's standfirst, when the body held it, is not the story's first paragraph (lib/standfirst.ts).
  // A heading is not a paragraph (a deck under the headline: CBC's), nor is a list's item (the points under the
  // headline that sum the story up: Daily Mail's, above its byline and date lines).
  const paragraph = (b: BlockInfo, k: number) => !verdicts[k] && !b.s.caption && !/^h\d$/.test(b.s.tag) && !inList(b.s.el) && b.s.words.length >= STORY_WORDS && !isStandfirst(b.s.el);
  const story = infos.findIndex(paragraph);
  const second = story < 0 ? -1 : infos.findIndex((b, k) => k > story && paragraph(b, k));
  for (let k = 0; k < (second < 0 ? infos.length : second); k++) {
    const v = verdicts[k], b = infos[k]!, above = story < 0 || k < story;
    // A line the classifier took for a byline or a date; or for a caption out of any figure (a byline box beside the
    // author's photo: its names, or its date line, LA Times' "June 26, 2023 5 AM PT" under the author's picture).
    if (v?.meta && v.reason === 'byline' && !b.s.caption) { if ((above && sameNames(b.s.text, header.byline)) || sameDay(b, header, above)) out.add(k); }
    else if (above && !v && b.s.caption && !closestTag(b.s.el, FIGURE_TAGS) && (sameNames(b.s.text, header.byline) || sameDay(b, header, above))) out.add(k);
    // A line of the header's names alone, nothing else (a byline the classifier did not know: no "By", no link).
    else if (above && !v && !b.s.caption && onlyNames(b.s.text, header.byline)) out.add(k);
    // A date line or an age in the story's <header> box, under a deck set there ("Last updated 21 hours ago" beside a
    // comments link; small print, taken for a caption): the header's date says it.
    else if (!v && k !== story && !closestTag(b.s.el, FIGURE_TAGS) && closestTag(b.s.el, HEADER) && sameDay(b, header, above)) out.add(k);
    // A line of label–value parts that gives both the header's names and its day ("05/10/2018 - Publicado por: Jane
    // Roe - Categoria: Saúde - Tags: …"): the byline and date line, whatever its labels say; its words may count it
    // as the story's first paragraph.
    else if ((above || k === story) && !v && !b.s.caption && partsLine(b.s.text) && sameNames(b.s.text, header.byline) && sameDay(b, header, above)) out.add(k);
  }
  return out;
}

/** Parts between separators set apart by spaces (" - ", " | ", " · "): three or more make a line of labels and values. */
const PARTS = /\s+[-–—|·•]\s+/;
const PARTS_MIN = 3;
const partsLine = (text: string) => text.split(PARTS).length >= PARTS_MIN;

const inList = (el: Element) => !!closestTag(el, LIST_ITEM);
const HEADER = new Set(['HEADER']);
const LIST_ITEM = new Set(['LI']);

/** Every word of the header's byline is in the line, and little else is. */
function sameNames(line: string, byline: string | null | undefined): boolean {
  if (!byline) return false; // no pattern run (its letter classes are costly to compile on a cold page)
  const names = new Set(words(byline ?? ''));
  if (!names.size) return false;
  const own = words(line);
  const have = new Set(own);
  return [...names].every((w) => have.has(w)) && own.length <= names.size + EXTRA_WORDS;
}

/** The line is the header's names, with at most ONLY_EXTRA other words (an "and", a "By"). */
function onlyNames(line: string, byline: string | null | undefined): boolean {
  if (!byline) return false;
  const names = new Set(words(byline ?? ''));
  const own = words(line), have = new Set(own);
  return names.size >= 2 && own.length <= names.size + ONLY_EXTRA && [...names].every((w) => have.has(w));
}

/** A <time> with its machine date. */
const isStamp = (e: Element) => e.tagName.toUpperCase() === 'TIME' && e.hasAttribute('datetime');

/** The line gives the header's day (its <time>'s machine date, or its words), or its age ("1 day ago") or a day
 * named relative to today ("Online seit heute, 7.57 Uhr"), above the story only, where the header's date stands in
 * its place; a date line only, a byline line is read for its names. */
function sameDay(b: BlockInfo, header: Header, above: boolean): boolean {
  if (words(b.s.text).length > EXTRA_WORDS) return false;
  const stamp = firstInside(b.s.el, isStamp)?.getAttribute('datetime');
  const day = datelineDate(b.s.text, header.lang) ?? (stamp ? datelineDate(stamp) : null);
  // A slashed date in a page whose language is not known yet: either reading may be the header's day; so may a month
  // named in any language whose names are known (a page without a lang attribute: "22 de janeiro de 2018").
  const days = day ? [day] : [...slashedReadings(b.s.text), ...(header.lang ? [] : namedDays(b.s.text))];
  // An age: above the story, or in the story's <header> box beside a first paragraph set there (a deck).
  if (!days.length) return (above || !!closestTag(b.s.el, HEADER)) && !!header.published && (isRelativeTime(b.s.norm) || isRelativeDay(b.s.norm));
  return days.some((x) => [header.published, header.updated].some((d) => d && Math.abs(Date.parse(x) - Date.parse(d)) < DAY_MS));
}

/** The days a line gives read in each language whose month names are known (lib/rules/calendar-names.ts). */
function namedDays(text: string): string[] {
  const out = new Set<string>();
  for (const lang of Object.keys(CALENDAR_NAMES)) { const d = datelineDate(text, lang); if (d) out.add(d); }
  return [...out];
}
