// An acronym the language lists as a role ("VP analyst at Gartner", "CFO") is someone's office, no party of its own,
// whatever the tagger reads it as. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const tagged = (text: string, t: string, type: EntitySpan['type']): EntitySpan => {
  const start = text.indexOf(t);
  return { start, end: start + t.length, type, score: 0.6 };
};

describe('a role written as an acronym', () => {
  it('is no party', () => {
    const text = 'Demand will keep rising, said Dana Reyes, VP analyst at Hollowlight. The firm expects more buyers.';
    const names = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'Dana Reyes', 'PER'), tagged(text, 'VP', 'LOC'), tagged(text, 'Hollowlight', 'ORG')]).live().map((p) => p.name);
    expect(names).toContain('Dana Reyes');
    expect(names).not.toContain('VP');
  });
  it('leaves an acronym that is no role a party', () => {
    const text = 'Demand will keep rising, said Dana Reyes of the KPW. The KPW expects more buyers.';
    const names = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'Dana Reyes', 'PER'), tagged(text, 'KPW', 'ORG')]).live().map((p) => p.name);
    expect(names).toContain('KPW');
  });
});
