// Month and weekday names of a language, as Intl writes them (any language it knows; no list written by hand): the
// dateline reader turns a month's name into its number (lib/dateline.ts), the byline cleaner cuts a date printed after
// a name (lib/byline.ts). Lower case, without a final dot; a month both alone and beside a day ("Mai", "maja").
// The languages of lib/rules/calendar-names.ts are read from that table, written from Intl at build time: creating
// the first Intl.DateTimeFormat of a process loads the locale data (~10 ms cold, on every page the CLI opens).
import { CALENDAR_NAMES } from './rules/calendar-names';

const months = new Map<string, Map<string, number>>();
const weekdays = new Map<string, Set<string>>();

/** Month names of `lang`, long and short, to their number (1-12); empty for a tag Intl does not know. */
export function monthNumbers(lang: string): Map<string, number> {
  let map = months.get(lang);
  if (map) return map;
  const table = tableOf(lang);
  map = table ? new Map(listOf(table[0]).map((e) => { const at = e.lastIndexOf('='); return [e.slice(0, at), Number(e.slice(at + 1))]; })) : intlMonthNumbers(lang);
  months.set(lang, map);
  return map;
}

/** A table entry's names ('' for none: Japanese months are numbers). */
const listOf = (names: string): string[] => (names ? names.split('|') : []);

/** The generated table's entry for `lang` (own keys only: a page's language tag is any string). */
const tableOf = (lang: string): readonly [string, string] | undefined =>
  Object.prototype.hasOwnProperty.call(CALENDAR_NAMES, lang) ? CALENDAR_NAMES[lang] : undefined;

/** Month names of `lang` as Intl gives them (what scripts/gen-calendar-names.mjs writes into the table). */
export function intlMonthNumbers(lang: string): Map<string, number> {
  const map = new Map<string, number>();
  try {
    for (const month of ['long', 'short'] as const) {
      for (const form of [{ month }, { month, day: 'numeric' as const }]) {
        const f = new Intl.DateTimeFormat(lang, { ...form, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const name = f.formatToParts(Date.UTC(2020, m, 15)).find((p) => p.type === 'month')?.value.toLowerCase().replace(/\.$/, '');
          if (name && /\p{L}/u.test(name)) map.set(name, m + 1);
        }
      }
    }
  } catch { /* an unknown language tag: no names */ }
  return map;
}

/** Weekday names of `lang`, long and short. */
export function weekdayNames(lang: string): Set<string> {
  let set = weekdays.get(lang);
  if (set) return set;
  const table = tableOf(lang);
  set = table ? new Set(listOf(table[1])) : intlWeekdayNames(lang);
  weekdays.set(lang, set);
  return set;
}

/** Weekday names of `lang` as Intl gives them. */
export function intlWeekdayNames(lang: string): Set<string> {
  const set = new Set<string>();
  try {
    for (const weekday of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) set.add(f.format(Date.UTC(2020, 5, 1 + d)).toLowerCase().replace(/\.$/, ''));
    }
  } catch { /* an unknown language tag: no names */ }
  return set;
}
