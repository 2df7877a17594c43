// A capital is a place party of its own: never an alias of its country, nor a namesake's surname.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

type Tag = 'LOC' | 'PER' | 'ORG';
const spans = (text: string, tags: [string, Tag, number?][]) => tags.map(([t, type, nth = 0]) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(t, at + 1);
  return { start: at, end: at + t.length, type, score: 0.9 };
});
const live = (text: string, tags: [string, Tag, number?][]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tags)).live().filter((p) => p.mentions.length);

describe('capitals', () => {
  it('are places of their own beside their country', () => {
    const text = 'Drones struck Kyiv overnight, and Ukraine asked for more air defence.\n\nIn Kyiv, Olena Marchuk said the blasts woke her.';
    const ps = live(text, [['Kyiv', 'LOC'], ['Ukraine', 'LOC'], ['Kyiv', 'LOC', 1], ['Olena Marchuk', 'PER']]);
    const kyiv = ps.find((p) => p.name === 'Kyiv');
    expect(kyiv?.kind).toBe('place');
    expect(kyiv?.mentions.length).toBe(2);
    expect([...ps.find((p) => p.name === 'Ukraine')!.aliases]).not.toContain('Kyiv');
  });

  it('acting for the state are mentions of the country, never its alias', () => {
    const text = 'Russia denied the report.\n\nMoscow said the talks would resume in May.';
    const ps = live(text, [['Russia', 'LOC'], ['Moscow', 'LOC']]);
    expect(ps.find((p) => p.name === 'Moscow')).toBeUndefined();
    const ru = ps.find((p) => p.name === 'Russia')!;
    expect(ru.mentions.length).toBe(2);
    expect([...ru.aliases]).toEqual([]);
  });

  it('are not the surname of a namesake named before', () => {
    const text = 'The portrait of George Washington is on every note.\n\nThe second series was printed in Washington, D.C., last year.';
    const ps = live(text, [['George Washington', 'PER'], ['Washington', 'LOC', 1]]);
    expect(ps.find((p) => p.name === 'George Washington')?.mentions.length).toBe(1);
    expect(ps.find((p) => p.name === 'Washington')?.kind).toBe('place');
  });

  it('before a role and its holder, describe the person and name no party there', () => {
    const text = '“We lost everything,” said Kyiv resident Olena Marchuk.\n\nShe fled with her son.';
    const ps = live(text, [['Kyiv', 'LOC'], ['Olena Marchuk', 'PER']]);
    expect(ps.map((p) => p.name)).toEqual(['Olena Marchuk']);
  });

  it('in a dateline in capitals, are named as written in the body', () => {
    const text = 'KATHMANDU: Rescuers reached the village on Monday.\n\nOfficials in Kathmandu said more help was coming.';
    const ps = live(text, [['KATHMANDU', 'LOC'], ['Kathmandu', 'LOC', 1]]);
    expect(ps.find((p) => p.kind === 'place')?.name).toBe('Kathmandu');
  });
});
