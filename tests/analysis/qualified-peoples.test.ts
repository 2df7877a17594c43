// A people qualified by adjectives of origin ("Korean Americans") is a group, not a place nor a body; a team named
// after a people with a town before it stays what the tagger found. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const typeOf = (text: string, tagged: [string, EntitySpan['type'], number][], name: string) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).find((p) => p.name === name)?.type ?? null;
};

describe('a people qualified by adjectives of origin', () => {
  it('is a group', () => {
    const text = 'Both towns have large numbers of Korean Americans, who vote early, said Tomas Reed.';
    expect(typeOf(text, [['Korean Americans', 'LOC', 0.7], ['Tomas Reed', 'PER', 0.95]], 'Korean Americans')).toBe('group');
  });

  it('leaves a team named after a town alone', () => {
    const text = 'The Brookvale Indians beat the visitors on Monday, said Tomas Reed.';
    expect(typeOf(text, [['Brookvale Indians', 'ORG', 0.9], ['Tomas Reed', 'PER', 0.95]], 'Brookvale Indians')).toBe('organization');
  });
});
