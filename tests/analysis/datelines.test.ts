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

describe('a dateline closed by a colon', () => {
  const tagged = (text: string, t: string, type: 'LOC' | 'PER', score = 0.9) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });

  it('names the capital as a place where the story was filed, not its country', () => {
    const text = 'NEW DELHI: Pakistan’s army has begun a new operation in the north.\n\nThe army chief Asim Rana said it would last a year.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'DELHI', 'LOC', 0.5), tagged(text, 'Pakistan', 'LOC'), tagged(text, 'Asim Rana', 'PER')]);
    const live = reg.live().filter((p) => p.mentions.length);
    expect(live.map((p) => p.name)).not.toContain('India');
    const place = live.find((p) => p.name === 'New Delhi');
    expect(place?.kind).toBe('place');
    expect([...place!.roles]).toEqual(['dateline']);
  });

  it('keeps a place the tagger found as a place, marked as the dateline', () => {
    const text = 'LINDI: Farmers in the region expect a good cashew harvest.\n\nOfficials in Lindi said prices would rise.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'LINDI', 'LOC'), { ...tagged(text, 'Lindi said', 'LOC'), end: text.indexOf('Lindi said') + 5 }]);
    const p = reg.live().find((x) => /^lindi$/i.test(x.name));
    expect(p?.kind).toBe('place');
    expect(p?.roles.has('dateline')).toBe(true);
  });

  it('makes a place of a dateline the tagger reads as a person, named as the text writes it', () => {
    const text = 'MBERA: It is late but Tula Nash is still selling fruit.\n\nTraders in Mbera say the lights changed their evenings. Mbera has a market of its own.';
    const at = (t: string, from = 0) => text.indexOf(t, from);
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'MBERA', 'PER', 0.6), tagged(text, 'Tula Nash', 'PER'),
      { start: at('Mbera say'), end: at('Mbera say') + 5, type: 'PER', score: 0.7 }, { start: at('Mbera has'), end: at('Mbera has') + 5, type: 'PER', score: 0.7 }]);
    const p = reg.live().find((x) => /^mbera$/i.test(x.name));
    expect(p?.name).toBe('Mbera');
    expect(p?.kind).toBe('place');
    expect(p?.roles.has('dateline')).toBe(true);
  });

  it('is a label, no place, where the same capitals and colon open other paragraphs', () => {
    const text = 'DEAR TULA: My husband bought plane tickets without asking me.\n\nDEAR WORRIED: Tell him how you feel.\n\nDEAR TULA: My sister never calls.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'TULA', 'PER', 0.6)]);
    expect(reg.live().some((p) => /^tula$/i.test(p.name) && p.kind === 'place')).toBe(false);
  });

  it('is no dateline in a sentence that merely opens with a word in capitals', () => {
    const text = 'The report was published on Monday.\n\nWARNING: the figures below are provisional, said Mara Quint.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [tagged(text, 'Mara Quint', 'PER')]);
    expect(reg.live().some((p) => p.roles.has('dateline'))).toBe(false);
  });
});
