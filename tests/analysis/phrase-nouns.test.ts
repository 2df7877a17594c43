// Where every noun is capitalised, the noun of a set phrase after a bare preposition ("in Brand geraten") is no
// place, whatever the tagger read; a town after the same preposition stays.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged));
const shown = (r: ReturnType<typeof reg>) => r.live().filter((p) => p.mentions.length).map((p) => p.name);

describe('a set phrase after a preposition', () => {
  it('names no place', () => {
    const text = 'Die Scheune geriet am Abend in Brand. Das neue Gesetz tritt im Mai in Kraft.';
    const r = reg(text, [['Brand', 'LOC', 0.9], ['Kraft', 'LOC', 0.9]]);
    expect(shown(r)).not.toContain('Brand');
    expect(shown(r)).not.toContain('Kraft');
  });

  it('leaves a town after the preposition', () => {
    const text = 'Die Scheune geriet am Abend in Talheim in Brand.';
    const r = reg(text, [['Talheim', 'LOC', 0.9], ['Brand', 'LOC', 0.9]]);
    expect(r.find('Talheim')?.kind).toBe('place');
  });
});
