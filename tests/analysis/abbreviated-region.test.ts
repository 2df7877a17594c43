// A region written as an abbreviation after a place's name and a comma ("Palo Alto, Calif., said") qualifies that
// place; it is no party of its own. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const names = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a region abbreviated after a place', () => {
  it('is no party of its own', () => {
    const text = 'Tomas Reed spoke at a dinner in Brookvale, Wesk., organized by his firm. The Dunmore County, Wesk., sheriff’s office agreed.';
    const got = names(text, [['Tomas Reed', 'PER', 0.95], ['Brookvale', 'LOC', 0.9], ['Wesk', 'LOC', 0.8], ['Dunmore County', 'LOC', 0.9], ['Wesk', 'LOC', 0.8]]);
    expect(got).not.toContain('Wesk');
    expect(got).toContain('Brookvale');
  });

  it('stays a party where it ends a sentence or stands alone', () => {
    const text = 'Tomas Reed moved from Brookvale to Wesk. He likes Wesk a lot.';
    expect(names(text, [['Tomas Reed', 'PER', 0.95], ['Brookvale', 'LOC', 0.9], ['Wesk', 'LOC', 0.8], ['Wesk', 'LOC', 0.8]])).toContain('Wesk');
  });
});
