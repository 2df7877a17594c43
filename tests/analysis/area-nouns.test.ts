// "the Kunene region": a one-word name before a lower-case noun of an administrative area (rules.areaNouns) is that
// area's name, a place, whatever body a tagger unsure of it reads; the same noun inside a longer phrase ("the Kunene
// region office") is a modifier's and says nothing. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

/** The parties with mentions, and their types. */
const kinds = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));
  return reg.live().filter((p) => p.mentions.length).map((p) => `${p.name}:${p.kind}`);
};

describe('a name before an area noun', () => {
  it('is a place', () => {
    const text = 'The pipeline will stretch from the Kunene region to the coast, officials said.';
    expect(kinds(text, [['Kunene', 'ORG', 0.31]])).toContain('Kunene:place');
  });
  it('is not made one by the noun inside a longer phrase', () => {
    const text = 'The pipeline will stretch from the Kunene region office to the coast, officials said.';
    expect(kinds(text, [['Kunene', 'ORG', 0.31]])).toContain('Kunene:organization');
  });
});
