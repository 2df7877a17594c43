// The publication date as a reader reads it, in the article's language (Intl): the popup, the reader view and the
// header lines of the text and HTML exports.

/**
 * The publication date as the page means it: a date alone ("2024-05-03") is that calendar day everywhere, and a
 * time with its own offset ("…T23:30:00-08:00") is read on the page's clock, so a reader elsewhere does not see
 * the next or the previous day. A time in UTC ("…Z") is shown on the reader's clock.
 */
export function formatDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  locale = knownLocale(locale);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  const s = iso.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return d.toLocaleDateString(locale, { ...opts, timeZone: 'UTC' });
  const offset = /T[\d:.]+([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!offset) return d.toLocaleDateString(locale, opts);
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return new Date(d.getTime() + minutes * 60_000).toLocaleDateString(locale, { ...opts, timeZone: 'UTC' });
}

/** The page's language tag where Intl reads it ("en_US" would throw): else the reader's own. */
function knownLocale(tag: string | undefined): string | undefined {
  try { return tag ? Intl.getCanonicalLocales(tag)[0] : undefined; } catch { return undefined; }
}
