// The date a story's dateline gives ("Published 11:34 PM EST Nov 19, 2019", "19. November 2019, 14:05 Uhr",
// "2025-04-01 15:25"), for a page whose metadata gives none or only a placeholder ("0001-01-01"). Month names come
// from Intl in the page's language and in English, so no list is kept here; a date written in digits alone is read
// as year-month-day or day.month.year, a slashed one (11/10/2018 is a different day on each side of the Atlantic) in
// the order its language writes it (slashed-date.ts). The day alone is given: the time a dateline prints is in a zone
// it seldom names.

import { monthNumbers } from './calendar-names';
import { slashedDay } from './slashed-date';

/** Two digits, as RFC 3339 writes months, days and clock fields. */
export const pad = (n: number) => String(n).padStart(2, '0');
/** A day that exists, in a year a news page may carry. */
function day(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1990 || y > 2100 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/;

/** The days a slashed date may be, read either way ("05/10/2018": 5 October or May 10): to check a line against a
 * day known already, where the line's own language is not. */
export function slashedReadings(text: string): string[] {
  const m = SLASHED.exec(text);
  if (!m) return [];
  return [day(+m[3]!, +m[2]!, +m[1]!), day(+m[3]!, +m[1]!, +m[2]!)].filter((d): d is string => !!d);
}

/** The day the text gives, as YYYY-MM-DD, or null. */
export function datelineDate(text: string, lang?: string | null): string | null {
  const t = text.toLowerCase();
  let m = /(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)/.exec(t);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)?\d\d)(?![\d.])/.exec(t); // "25.04.2024", "Do 25.04.24"
  if (m) return day(m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[2]!, +m[1]!);
  m = /((?:19|20)\d\d)\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/.exec(t); // Chinese, Japanese, Korean
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = SLASHED.exec(t); // "05/10/2018"
  if (m) { const md = slashedDay(+m[1]!, +m[2]!, lang); if (md) return day(+m[3]!, md[0], md[1]); }
  // A month's name counts only beside a year: without one, no Intl formatter is built (the first costs ~10 ms cold).
  if (!YEAR.test(t)) return null;
  const names = new Map([...monthNumbers('en'), ...(lang ? monthNumbers(lang.slice(0, 2).toLowerCase()) : [])]);
  for (const w of t.match(/\p{L}+\.?/gu) ?? []) {
    const month = names.get(w.replace(/\.$/, ''));
    if (!month) continue;
    const at = t.indexOf(w);
    const year = YEAR.exec(t.slice(at))?.[1];
    // the day right before the month ("19 November", "19. November", "1er avril") or right after it ("Nov 19, 2019")
    const before = /(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?$/.exec(t.slice(Math.max(0, at - 8), at))?.[1];
    const after = /^\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)/.exec(t.slice(at + w.length))?.[1];
    const d = before ?? after;
    if (year && d) return day(+year, month, +d);
  }
  return null;
}
