// "from Kisoro, Mbarara and Lira": a preposition of place before a list governs every name in it, so each is a
// place unless more speaks against it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });

describe('a list after a preposition of place', () => {
  it('makes each name in it a place', () => {
    const text = 'Her customers are passengers coming from Kisoro, Mbarara and Lirago, and passers-by.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Kisoro', 'LOC', 0.9), span(text, 'Mbarara', 'LOC', 0.5), span(text, 'Lirago', 'PER', 0.78)]);
    expect(reg.live().find((p) => p.name === 'Lirago')?.kind).toBe('place');
  });
});

describe('names after a list of places', () => {
  it('are no places of the list when a conjunction closed it before them', () => {
    const text = 'After a few seasons in Ottawa and Halifax, Pell Cowan broke in as a rookie with the Eagles.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Ottawa', 'LOC', 0.9), span(text, 'Halifax', 'LOC', 0.8), span(text, 'Pell Cowan', 'PER', 0.6)]);
    expect(reg.live().find((p) => p.name === 'Pell Cowan')?.kind).toBe('person');
  });
});
