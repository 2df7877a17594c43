// A role's workplace is its employer, also when the role names its portfolio before the preposition ("SVP of
// enterprise AI and automation at X"): X is an organisation, whatever the tagger guessed. Invented text, the
// tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const tagged = (text: string, t: string, type: EntitySpan['type']): EntitySpan => {
  const start = text.indexOf(t);
  return { start, end: start + t.length, type, score: 0.4 };
};
const kindOf = (text: string, name: string) => {
  const spans = [tagged(text, 'Dana Reyes', 'PER'), tagged(text, name, 'LOC')];
  return buildRegistry(scan(text), [], rulesFor('en'), spans).live().find((p) => p.name === name)?.kind;
};

describe('a role with its portfolio before "at"', () => {
  it('makes the workplace an organisation', () => {
    expect(kindOf('Demand keeps rising, said Dana Reyes, SVP of cloud software and automation at Tarnwick Blue. The firm expects more.', 'Tarnwick Blue')).toBe('organization');
  });
  it('leaves a visit a place: no role before it, or a verb between', () => {
    expect(kindOf('Demand keeps rising, said Dana Reyes, who spoke of cloud software at Tarnwick Blue. The firm expects more.', 'Tarnwick Blue')).not.toBe('organization');
    expect(kindOf('Dana Reyes, the head of security, was at Tarnwick Blue. The head of security was at Tarnwick Blue again.', 'Tarnwick Blue')).not.toBe('organization');
  });
});
