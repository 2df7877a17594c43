// A function word (no article, no preposition) capitalised inside a sentence before two capitalised words opens a
// title-cased name ("and No Cold Winters"), even when the text names it once; an article there does not.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));

describe('a function word capitalised before a name', () => {
  it('opens the name', () => {
    const text = 'The fund backs two programmes, Clean Wells Trust and No Cold Winters, across the region.';
    const r = reg(text, [['Clean Wells Trust', 'ORG', 0.8], ['Cold Winters', 'PER', 0.5]]);
    expect(r.find('No Cold Winters')).toBeDefined();
    expect(r.live().filter((p) => p.mentions.length).map((p) => p.name)).not.toContain('Cold Winters');
  });

  it('leaves an article out', () => {
    const text = 'The figures were first reported by The Harbour Gazette on Monday.';
    const r = reg(text, [['Harbour Gazette', 'ORG', 0.8]]);
    expect(r.find('Harbour Gazette')?.name).toBe('Harbour Gazette');
  });
});
