// A capital before a noun names the city ("the Lisbon side", "the Oslo region"), not the state it is the seat of;
// a capital that speaks or acts still stands for its country ("Lisbon said"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const live = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).live().filter((p) => p.mentions.length);

describe('capitals', () => {
  it('before a noun are the city', () => {
    const ps = live('Talks between the Lisbon side and the coach went on for a week.', [['Lisbon', 'LOC', 0.8]]);
    expect(ps.find((p) => p.name === 'Lisbon')?.kind).toBe('place');
    expect(ps.find((p) => p.kind === 'country')).toBeUndefined();
  });

  it('that speak stand for the country', () => {
    const ps = live('Lisbon said on Monday that the deal was off.', [['Lisbon', 'LOC', 0.8]]);
    expect(ps.find((p) => p.kind === 'country')?.aliases.has('Lisbon')).toBe(true);
  });
});
