// A publication time written for people, not machines ("November 19, 2019, 07:47 PM EST", "2019-11-18 17:19:53
// GMT", "19. November 2019, 14:05 Uhr MESZ"), as an RFC 3339 timestamp every surface reads the same way: the day
// from the dateline reader (month names from Intl, any language), the clock time beside it, and the zone's offset
// when the zone is one of the abbreviations in lib/rules/time-zones.json. A time without a known zone is written
// without an offset (the page's own clock); text without a day gives null.

import { datelineDate, pad } from './dateline';
import ZONES from './rules/time-zones.json';

const OFFSETS: Readonly<Record<string, number>> = ZONES.zones;
/** "07:47", "7:47:05", "19h47", with an optional AM/PM ("p.m.") after it. */
const CLOCK = /(?<![\d:])(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?![\d:])\s*(?:([ap])\.?\s?m\b\.?)?/i;
/** What may stand after the time: "Uhr", then a zone's name or a numeric offset ("+01:00", "GMT+2"). */
const ZONE = /^\s*(?:uhr\s*)?(?:([a-z]{1,5})(?![a-z]))?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?/i;

/** A date-time a machine wrote, perhaps loosely: a space for the T, seconds left out, an offset without its colon. */
export const LOOSE_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ] *(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) *(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;


/** A page's date as a timestamp: one a machine wrote stays as it is (the exports tidy it), one written for people is
 * read ("November 19, 2019, 07:47 PM EST" → "2019-11-19T19:47:00-05:00"), and text without a day stays as written. */
export function machineTime(raw: string, lang?: string | null): string {
  return LOOSE_TIMESTAMP.test(raw.trim()) ? raw : writtenTimestamp(raw, lang) ?? raw;
}

/** The timestamp the text gives, or null when it gives no day. */
export function writtenTimestamp(text: string, lang?: string | null): string | null {
  const day = datelineDate(text, lang);
  if (!day) return null;
  const clock = CLOCK.exec(text);
  if (!clock) return day;
  let hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  const meridiem = clock[4]?.toLowerCase();
  if (meridiem && (hours < 1 || hours > 12)) return day;
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return day;
  const time = `${pad(hours)}:${pad(minutes)}:${clock[3] ?? '00'}`;
  return `${day}T${time}${offsetAfter(text.slice(clock.index + clock[0].length))}`;
}

/** The offset the words after the time name ("EST" → "-05:00", "GMT" → "Z", "+0100" → "+01:00"), or ''. */
function offsetAfter(rest: string): string {
  const m = ZONE.exec(rest);
  const name = m?.[1]?.toUpperCase();
  const known = name !== undefined && Object.hasOwn(OFFSETS, name) ? OFFSETS[name]! : name ? null : 0;
  if (known === null) return '';
  const sign = m?.[2] === '-' ? -1 : 1;
  const minutes = known + (m?.[2] ? sign * (Number(m[3]) * 60 + Number(m[4] ?? 0)) : 0);
  if (!name && !m?.[2]) return '';
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
