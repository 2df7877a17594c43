// Month and weekday names come from a table written from Intl at build time (no locale data loaded on a cold page):
// the table must give what Intl gives, name for name and in its order, and a page's odd language tag must not break it.
import { describe, expect, it } from 'vitest';
import { intlMonthNumbers, intlWeekdayNames, monthNumbers, weekdayNames } from '../../lib/calendar-names';
import { CALENDAR_NAMES } from '../../lib/rules/calendar-names';

describe('calendar names', () => {
  it('reads the table as Intl writes the names', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ja', 'zh', 'ru', 'pl']) {
      expect(CALENDAR_NAMES[lang], lang).toBeDefined();
      expect([...monthNumbers(lang)], lang).toEqual([...intlMonthNumbers(lang)]);
      expect([...weekdayNames(lang)], lang).toEqual([...intlWeekdayNames(lang)]);
    }
    expect(monthNumbers('de').get('märz')).toBe(3);
  });

  it('asks Intl for any tag the table lacks, a page\'s odd one too', () => {
    expect(monthNumbers('en-GB').get('sept')).toBe(9);
    for (const tag of ['constructor', '__proto__', 'toString', 'xx-!!']) {
      expect([...monthNumbers(tag)], tag).toEqual([...intlMonthNumbers(tag)]);
      expect([...weekdayNames(tag)], tag).toEqual([...intlWeekdayNames(tag)]);
    }
    expect(monthNumbers('xx-!!').size).toBe(0);
  });
});
