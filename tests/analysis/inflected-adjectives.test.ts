// Where adjectives inside a name take case endings (German), "die Vereinigten Staaten" is the country Vereinigte
// Staaten, and "der Zentralen Kommission" the party "Zentrale Kommission" named before; where every noun is
// capitalised, two capitalised words the tagger left alone are not a person's name by their shape. Invented text.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const shown = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('de');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
};

describe('an adjective with a case ending inside a name', () => {
  it('names the country the gazetteer knows uninflected, under that name', () => {
    const text = 'Die USA drohen. Nun drohen die Vereinigten Staaten mit hohen Zöllen, sagte ein Sprecher.';
    const ps = shown(text, [['USA', 'LOC', 0.9], ['Vereinigten Staaten', 'LOC', 0.7]]);
    expect(ps.filter((p) => p.type === 'country').map((p) => p.name)).toEqual(['Vereinigte Staaten']);
    expect(ps.map((p) => p.name)).not.toContain('Vereinigten Staaten');
  });

  it('makes one party of two inflections of a name', () => {
    const text = 'Die Zentrale Wahlkommission tagte. Ein Sprecher der Zentralen Wahlkommission nannte Zahlen.';
    const ps = shown(text, [['Zentrale Wahlkommission', 'ORG', 0.9], ['Zentralen Wahlkommission', 'ORG', 0.8]]);
    expect(ps.map((p) => [p.name, p.mentions])).toEqual([['Zentrale Wahlkommission', 2]]);
  });
});

describe('two capitalised words the tagger left alone', () => {
  it('are no person where every noun is capitalised', () => {
    const text = 'Laut Vereinten Nationen stieg die Zahl. Die Vereinten Nationen warnen seit Jahren.';
    expect(shown(text, []).filter((p) => p.type === 'person')).toEqual([]);
  });
});
