// "Tanzania Mainland": a country's name opening a name the tagger is unsure of names a part of the country, not a
// person with a given name. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });

describe('a name opened by a country', () => {
  it('is a place when the tagger is unsure of a person', () => {
    const text = 'Solar lamps light most homes along the Kenya Coast now, the survey says.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Kenya Coast', 'PER', 0.45)]);
    expect(reg.live().find((p) => p.name === 'Kenya Coast')?.kind).toBe('place');
  });

  it('stays a person when the tagger is fairly sure ("Chad Hawk said")', () => {
    const text = 'On Sunday Chad Pike scored twice.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [span(text, 'Chad Pike', 'PER', 0.6)]);
    expect(reg.live().find((p) => p.name === 'Chad Pike')?.kind).toBe('person');
  });
});
