// The month names that keep "vom 22. Oktober" one sentence are read from a table made at build time
// (scripts/analysis/ordinal-months.mjs): the same names Intl gives, without creating date formatters on a cold page.
import { describe, expect, it, vi } from 'vitest';
import { isOrdinalMonth, LANGUAGES } from '../../lib/analysis/text/languages';
import { ORDINAL_MONTHS } from '../../lib/rules/ordinal-months';
import { monthNumbers } from '../../lib/calendar-names';

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

  it('are, language by language, the names Intl gives (rerun npm run build:months if not)', () => {
    const langs = LANGUAGES.filter((l) => l.ordinalDay).map((l) => l.code);
    expect(Object.keys(ORDINAL_MONTHS)).toEqual(langs);
    for (const code of langs) expect(ORDINAL_MONTHS[code]!.split('|')).toEqual([...monthNumbers(code).keys()]);
  });
});
