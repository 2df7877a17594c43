// A body's name whose first word is an organisation's head is kept whole where only names are capitalised
// ("International Pacific Halibut Commission"), and one word of the common phrase a name was made of ("Pacific
// halibut") is no short form of it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const body = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).find((p) => p.name.includes('Trout Commission'));
};

describe('aliases', () => {
  it('are no head word cut from an English name', () => {
    const text = 'Ada Moss sits on the International Northern Trout Commission. Moss likes it.';
    const got = body(text, [['Ada Moss', 'PER', 0.9], ['International Northern Trout Commission', 'ORG', 0.95], ['Moss', 'PER', 0.9]]);
    expect(got?.name).toBe('International Northern Trout Commission');
    expect(got?.aliases).toEqual([]);
  });

  it('are no word of the common phrase a name was made of', () => {
    const text = 'Ada Moss sits on the Northern Trout Commission. Moss sells Northern trout. Most Northern trout is caught in May.';
    const got = body(text, [['Ada Moss', 'PER', 0.9], ['Northern Trout Commission', 'ORG', 0.95], ['Moss', 'PER', 0.9], ['Northern', 'PER', 0.35], ['Northern', 'PER', 0.5]]);
    expect(got?.aliases).toEqual([]);
  });
});
