// Where every noun is capitalised, a country and the common noun after it ("in Deutschland Probleme") are that country
// alone; a body's name that opens with a country ("Deutschland GmbH") stays whole. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('de');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

describe('a country before a common noun', () => {
  it('is the country alone', () => {
    const text = 'Dem Hersteller drohen in Frankreich Strafen. Das Gericht in Frankreich hat entschieden.';
    const got = ranked(text, [['Frankreich Strafen', 'LOC', 0.6], ['Frankreich', 'LOC', 0.95]]);
    expect(got).toContain('Frankreich:country');
    expect(got.some((p) => p.startsWith('Frankreich Strafen'))).toBe(false);
  });
  it('keeps a body whose name opens with the country', () => {
    const text = 'Die Firma Frankreich Holding klagt. Die Frankreich Holding will gewinnen.';
    const got = ranked(text, [['Frankreich Holding', 'ORG', 0.9], ['Frankreich Holding', 'ORG', 0.9]]);
    expect(got.some((p) => p.startsWith('Frankreich Holding'))).toBe(true);
  });
  it('keeps a body the tagger is sure of, whose second word is a plain noun ("Wien Energie")', () => {
    const text = 'Der Versorger Wien Energie erhöht die Preise. Wien Energie begründet das mit dem Einkauf.';
    const got = ranked(text, [['Wien Energie', 'ORG', 0.8], ['Wien Energie', 'ORG', 0.8]]);
    expect(got.some((p) => p.startsWith('Wien Energie'))).toBe(true);
  });
});
