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
