// "Panel" heads a body's name in English ("the Agency's Future Technology Advisory Panel"): the name is an
// organisation, not a person, even where the tagger guesses a person. Invented text, the tagger's span given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('a name ending in Panel', () => {
  it('is an organisation', () => {
    const text = 'The idea was backed by the Orbital Safety Panel, which meets twice a year. Work starts soon.';
    const start = text.indexOf('Orbital Safety Panel');
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [{ start, end: start + 20, type: 'PER', score: 0.5 }]);
    expect(reg.live().find((p) => p.name === 'Orbital Safety Panel')?.kind).toBe('organization');
  });
});
