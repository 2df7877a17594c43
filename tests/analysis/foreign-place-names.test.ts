// A place's name in another language, its place noun and particle both of that language ("Sierra de Gredos" in an
// English text), is a place, whatever the tagger read.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));

describe('a place named in another language', () => {
  it('is a place', () => {
    const text = 'While Sierra de Gredos offers quiet valleys, most buyers still look at the coast.';
    const r = reg(text, [['Sierra de Gredos', 'PER', 0.6]]);
    expect(r.find('Sierra de Gredos')?.kind).toBe('place');
  });

  it('needs the particle of the same language', () => {
    const text = 'Sierra Tomlin of the town council said the valleys were quiet.';
    const r = reg(text, [['Sierra Tomlin', 'PER', 0.9]]);
    expect(r.find('Sierra Tomlin')?.kind).toBe('person');
  });
});
