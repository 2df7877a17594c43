// A date set as a heading in a news ticker: its entries are headed by times of day ("12.31 Uhr: …", "14:05 …"), and
// the heading that gives their day ("Dienstag, 27. August 2024") is what gives those times a meaning: a heading of the
// story, not a dateline in small print out of the text. The rule that takes out a date or credit set as a heading with
// nothing under it at the story's end (residue.ts) leaves it (the ticker sets it after the day's entries), and its
// verdict as a date line goes. Found by shape alone: two headings of the same level that open with a time.
import type { BlockInfo } from './context';
import type { Verdicts } from './decide';

/** A time of day at a heading's start, in the usual ways of writing one: "12.31", "14:05", "9h30". */
const CLOCK = /^\d{1,2}[.:h]\d{2}(?!\d)/;
/** Entries headed by a time a page needs to be a ticker. */
const TIMED_MIN = 2;

/** Whether block `k` (a heading) is of the level of a ticker's entries, which open with a time of day. */
export function headsTimedEntries(infos: readonly BlockInfo[], k: number): boolean {
  const level = infos[k]!.s.heading;
  let timed = 0;
  for (const b of infos) if (b.s.heading === level && CLOCK.test(b.s.text) && ++timed >= TIMED_MIN) return true;
  return false;
}

/** A day as a heading gives a number (the day of the month) in a few words; a byline set so gives none. */
const DAY = /\d/;
const DAY_WORDS = 6;

/** A date line set as a heading at the level of a ticker's entries is the story's heading: its small-print verdict goes. */
export function keepDayHeadings(infos: readonly BlockInfo[], v: Verdicts): void {
  infos.forEach((b, k) => { if (v[k]?.meta && b.s.heading && DAY.test(b.s.text) && b.s.words.length <= DAY_WORDS && headsTimedEntries(infos, k)) v[k] = null; });
}
