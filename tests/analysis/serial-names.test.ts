// A word of letters and a long run of digits ("EP2237607") is an identifier of a thing, no party; a short code of
// letters and digits ("G20") still names a body. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a serial number', () => {
  it('is no party, even where the tagger read a body', () => {
    const text = 'Die Firma Korvatech Systems besitzt das Patent EP4471902. Korvatech Systems klagt nun gegen den Hersteller.';
    const got = ranked('de', text, [['Korvatech Systems', 'ORG', 0.9], ['Patent EP4471902', 'ORG', 0.6], ['Korvatech Systems', 'ORG', 0.9]]);
    expect(got.some((n) => /\d/.test(n))).toBe(false);
    expect(got).toContain('Korvatech Systems');
  });
  it('leaves a short code of letters and digits a body', () => {
    const text = 'The G20 met in Lisbon on Monday. Leaders of the G20 agreed on a tax plan.';
    expect(ranked('en', text, [['G20', 'ORG', 0.9], ['Lisbon', 'LOC', 0.95], ['G20', 'ORG', 0.9]])).toContain('G20');
  });
});
