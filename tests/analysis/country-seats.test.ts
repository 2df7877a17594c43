// A country named only by its capital or seat of government is shown by its own name, the seat an alias ("White
// House" is no country's name). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('a country named only by its seat of government', () => {
  it('is shown by its own name, the seat an alias', () => {
    const rules = rulesFor('en');
    const text = 'Officials at the White House said on Monday that talks would go on.';
    const reg = buildRegistry(scan(text), [], rules, spans(text, [['White House', 'ORG', 0.7]]));
    const ps = rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
    expect(ps.map((p) => [p.name, p.type, p.aliases])).toEqual([['United States', 'country', ['White House']]]);
  });
});
