// The phrase after a name's comma describes the name only when it is an apposition: not a relative clause, not a
// phrase parallel to the one the name ends, not a number cut at its thousands comma. Invented text, spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const described = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return Object.fromEntries(rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => [p.name, p.description]));
};

describe('a phrase after a name that is no apposition', () => {
  it('a parallel phrase repeating the noun before the name', () => {
    const text = 'He said the pathway to beating Tomas Verlind, the pathway to a majority for Anna Holm, is clear.';
    expect(described(text, [['Tomas Verlind', 'PER', 0.95], ['Anna Holm', 'PER', 0.95]])['Tomas Verlind']).toBeNull();
  });

  it('a relative clause', () => {
    const text = 'Many moved from Norland to Vesterland, where he worked as a chief physician.';
    expect(described(text, [['Norland', 'LOC', 0.9], ['Vesterland', 'LOC', 0.9]]).Vesterland).toBeNull();
  });

  it('a number cut at its thousands comma', () => {
    const text = 'The market leader is Quorvel, one of the larger vendors with an estimated 10,000 customers.';
    expect(described(text, [['Quorvel', 'ORG', 0.9]]).Quorvel).toBeNull();
  });

  it('keeps a real apposition', () => {
    const text = 'The study was led by Tomas Verlind, the chief economist at the bank, in Oslo.';
    expect(described(text, [['Tomas Verlind', 'PER', 0.95]])['Tomas Verlind']).toBe('chief economist at the bank');
  });
});
