// The month names that keep "vom 22. Oktober" one sentence are read from a table made at build time
// (scripts/gen-calendar-names.mjs): the same names Intl gives, without creating date formatters on a cold page.
import { describe, expect, it, vi } from 'vitest';
import { isOrdinalMonth, LANGUAGES } from '../../lib/analysis/text/languages';
import { CALENDAR_NAMES } from '../../lib/rules/calendar-names';
import { intlMonthNumbers } from '../../lib/calendar-names';

describe('month names after a day with a dot', () => {
  it('are known without creating an Intl date formatter', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(isOrdinalMonth('Oktober')).toBe(true);
      expect(isOrdinalMonth('prosince')).toBe(true);
      expect(isOrdinalMonth('Liga')).toBe(false);
      expect(made).not.toHaveBeenCalled();
    } finally { made.mockRestore(); }
  });

  it('are, language by language, in the table and the names Intl gives (rerun npm run build:calendar if not)', () => {
    const langs = LANGUAGES.filter((l) => l.ordinalDay).map((l) => l.code);
    for (const code of langs) expect(Object.keys(CALENDAR_NAMES)).toContain(code);
    for (const code of langs) for (const name of intlMonthNumbers(code).keys()) expect(isOrdinalMonth(name)).toBe(true);
  });
});
