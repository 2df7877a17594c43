// A name the text writes as a thing someone owns, measures or runs in a version ("my 12-inch Zorbook", "a 60W Voltra
// port", "Quarix 10.10") is a product, not a body or a place, though the tagger read one. A body named with its head
// word stays whoever owns it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

describe('products', () => {
  it('are no parties when owned or measured half the time, nor their plural', () => {
    const text = 'Brell makes chargers. My 12-inch Zorbook lasts a day. Her Zorbook charges fast. Brell sells them for Zorbooks.';
    const got = ranked(text, [['Brell', 'ORG', 0.9], ['Zorbook', 'ORG', 0.6], ['Zorbook', 'ORG', 0.6], ['Brell', 'ORG', 0.9], ['Zorbooks', 'ORG', 0.5]]);
    expect(got).toContain('Brell:organization');
    expect(got.some((p) => p.startsWith('Zorbook'))).toBe(false);
  });

  it('include a name with a version number after it', () => {
    const text = 'The update needs Quarix 10.10 at least. It runs on Quarix 10.9 too.';
    expect(ranked(text, [['Quarix', 'ORG', 0.6], ['Quarix', 'ORG', 0.6]]).some((p) => p.startsWith('Quarix'))).toBe(false);
  });

  it('leave a body named with its head word, or one the text names otherwise', () => {
    const text = 'Tom Vale met staff at his Institute for Civic Work in Dunmore. Vexco said its shares rose, and Vexco hired 20 people.';
    const got = ranked(text, [['Tom Vale', 'PER', 0.9], ['Institute for Civic Work', 'ORG', 0.9], ['Dunmore', 'LOC', 0.9], ['Vexco', 'ORG', 0.9], ['Vexco', 'ORG', 0.9]]);
    expect(got).toContain('Institute for Civic Work:organization');
    expect(got).toContain('Vexco:organization');
  });
});
