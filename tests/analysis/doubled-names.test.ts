// "Bela Bela": a name of one word said twice is no person's, whatever the tagger reads. Invented text, spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const spans = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan[] => {
  const out: EntitySpan[] = [];
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) out.push({ start: at, end: at + t.length, type, score });
  return out;
};

describe('a name said twice', () => {
  it('is no person though the tagger reads one', () => {
    const text = 'Farmers in five Tolo Tolo villages say the quarry ruins their fields.\n\nThe Tolo Tolo chiefs met the company on Monday.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, 'Tolo Tolo', 'PER', 0.9));
    const p = reg.live().find((x) => x.name === 'Tolo Tolo');
    expect(p?.kind).not.toBe('person');
  });

  it('leaves a person with two different names one', () => {
    const text = 'Farmers say the quarry ruins their fields, said Tolo Maka.\n\nTolo Maka met the company on Monday.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, 'Tolo Maka', 'PER', 0.9));
    expect(reg.live().find((x) => x.name === 'Tolo Maka')?.kind).toBe('person');
  });
});
