// Which number of a slashed date is the month ("05/10/2018": 5 October in Brazil, May 10 in the United States): a
// number over 12 says it; else the order the page's language writes dates in, as Intl writes them for that tag. A bare
// "en" is written both ways (the US, the UK), and a page without a language names no order: then only an unambiguous
// date is read.

const orders = new Map<string, boolean | null>();

/** Whether `lang` writes the day before the month in a numeric date (null: unknown or written both ways). */
function dayFirst(lang: string): boolean | null {
  const tag = lang.toLowerCase();
  if (orders.has(tag)) return orders.get(tag)!;
  let order: boolean | null = null;
  if (tag !== 'en') {
    try {
      // 22 November: the two fields cannot be taken for each other.
      const parts = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2001, 10, 22)).map((p) => p.type);
      const d = parts.indexOf('day'), m = parts.indexOf('month');
      if (d >= 0 && m >= 0) order = d < m;
    } catch { /* a tag Intl does not know */ }
  }
  orders.set(tag, order);
  return order;
}

/** [month, day] of a slashed date's first two numbers, or null when its order cannot be told. */
export function slashedDay(a: number, b: number, lang?: string | null): [number, number] | null {
  if (a > 12 && b <= 12) return [b, a];
  if (b > 12 && a <= 12) return [a, b];
  if (a === b) return [a, b];
  const first = lang ? dayFirst(lang.replace('_', '-')) : null;
  return first === null ? null : first ? [b, a] : [a, b];
}
