// A dateline in capitals ("LISBON (AP) —") tells where the story was filed: the tagger's span over it is no party.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('datelines', () => {
  it('name no party, though the tagger tags them', () => {
    const text = 'LISBON (AP) — Talks on the fishing quota broke down on Monday.\n\nThe minister Mara Quint said a deal was still possible.';
    const at = (t: string) => text.indexOf(t);
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [
      { start: at('LISBON'), end: at('LISBON') + 6, type: 'LOC', score: 0.9 },
      { start: at('Mara Quint'), end: at('Mara Quint') + 10, type: 'PER', score: 0.9 },
    ]);
    const live = reg.live().filter((p) => p.mentions.length);
    expect(live.map((p) => p.name)).toEqual(['Mara Quint']);
  });
});
