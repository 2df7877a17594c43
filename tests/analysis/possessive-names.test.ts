// A tagger span holding a possessive ("the Harbour Authority’s Tide Warning Office") names two parties when the text
// names the owned part alone too; else it stays one name. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const names = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('a possessive inside a tagged name', () => {
  it('splits owner and owned when the owned part is named alone', () => {
    const text = 'A warning was issued by the Harbour Authority’s Tide Warning Office on Monday. Later the Tide Warning Office lifted it.';
    const ps = names(text, [['Harbour Authority’s Tide Warning Office', 'ORG', 0.9], ['Tide Warning Office', 'ORG', 0.8]]);
    expect(ps).toContain('Tide Warning Office');
    expect(ps).toContain('Harbour Authority');
    expect(ps.some((n) => n.includes('’s'))).toBe(false);
  });

  it('keeps the span whole when the owned part is never named alone', () => {
    const text = 'The deal was signed at the Harbour Authority’s Tide Warning Office on Monday.';
    expect(names(text, [['Harbour Authority’s Tide Warning Office', 'ORG', 0.9]])).toEqual(['Harbour Authority’s Tide Warning Office']);
  });
});

describe('an owner named alone', () => {
  it('is the party, not the thing it owns', () => {
    const text = 'Police arrested Dorian Welk in March. Investigators said Welk’s Sedan was seen near the house.';
    const ps = names(text, [['Dorian Welk', 'PER', 0.9], ['Welk’s Sedan', 'PER', 0.7]]);
    expect(ps).toEqual(['Dorian Welk']);
  });

  it('takes no type from the owned thing', () => {
    const text = 'Police arrested Dorian Welk in March. Welk’s DNA was found on a knife.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Dorian Welk', 'PER', 0.9], ['Welk’s DNA', 'ORG', 0.6]]));
    const ps = reg.live().filter((p) => p.mentions.length);
    expect(ps.map((p) => [p.name, p.kind, p.mentions.length])).toEqual([['Dorian Welk', 'person', 2]]);
  });

  it('keeps a body it owns whole: one country’s ministry is not another’s', () => {
    const text = 'Talks with Norland stalled. Later Norland’s Defence Ministry issued a statement.';
    expect(names(text, [['Norland', 'LOC', 0.9], ['Norland’s Defence Ministry', 'ORG', 0.8]])).toContain('Norland’s Defence Ministry');
  });
});

describe('a person named with a home town', () => {
  it('ends the name before the word that joins the town', () => {
    const text = 'The victims were Tamsin Greer of Holloway and two friends.';
    expect(names(text, [['Tamsin Greer of Holloway', 'PER', 0.7]])).toEqual(['Tamsin Greer']);
  });

  it('keeps the particles of people’s names', () => {
    const text = 'The minister Anna de la Vega spoke first.';
    expect(names(text, [['Anna de la Vega', 'PER', 0.9]])).toEqual(['Anna de la Vega']);
  });
});
