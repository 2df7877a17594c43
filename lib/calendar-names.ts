// Month and weekday names of a language, as Intl writes them (any language it knows; no list kept here): the
// dateline reader turns a month's name into its number (lib/dateline.ts), the byline cleaner cuts a date printed after
// a name (lib/byline.ts). Lower case, without a final dot; a month both alone and beside a day ("Mai", "maja").

const months = new Map<string, Map<string, number>>();
const weekdays = new Map<string, Set<string>>();

/** Month names of `lang`, long and short, to their number (1-12); empty for a tag Intl does not know. */
export function monthNumbers(lang: string): Map<string, number> {
  let map = months.get(lang);
  if (map) return map;
  map = new Map();
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
  months.set(lang, map);
  return map;
}

/** Weekday names of `lang`, long and short. */
export function weekdayNames(lang: string): Set<string> {
  let set = weekdays.get(lang);
  if (set) return set;
  set = new Set();
  try {
    for (const weekday of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) set.add(f.format(Date.UTC(2020, 5, 1 + d)).toLowerCase().replace(/\.$/, ''));
    }
  } catch { /* an unknown language tag: no names */ }
  weekdays.set(lang, set);
  return set;
}
