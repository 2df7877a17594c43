// A federation's state or province named alone is a place, whatever the tagger guessed (the English model reads
// "Idaho" as a person), and it is no short form of the bodies whose names it opens. Invented text, the tagger's
// spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (text: string, tagged: Parameters<typeof spans>[1], lang = 'en') => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('states and provinces', () => {
  it('are places however the tagger typed them', () => {
    const text = 'Idaho police officer Dana Velk said the case was closed. The Kentucky court ruled on Monday.';
    const reg = registry(text, [['Idaho', 'PER', 0.77], ['Dana Velk', 'PER', 0.9], ['Kentucky', 'ORG', 0.6]]);
    expect(reg.find('Idaho')?.kind).toBe('place');
    expect(reg.find('Kentucky')?.kind).toBe('place');
    expect(reg.find('Dana Velk')?.kind).toBe('person');
  });

  it('stay apart from the bodies named after them', () => {
    const text = 'The Montana Freedom Caucus met in Helena. Montana has voted for the bill, the caucus said.';
    const reg = registry(text, [['Montana Freedom Caucus', 'ORG', 0.9], ['Helena', 'LOC', 0.6], ['Montana', 'LOC', 0.5]]);
    expect(reg.find('Montana')?.kind).toBe('place');
    expect(reg.find('Montana Freedom Caucus')?.aliases.has('Montana')).toBe(false);
  });

  it("are read in the article language's own forms", () => {
    const text = 'Hessen hat am Montag beschlossen, dass Studenten weniger zahlen als in Thüringen.';
    const reg = registry(text, [['Hessen', 'PER', 0.5], ['Thüringen', 'LOC', 0.8]], 'de');
    expect(reg.find('Hessen')?.kind).toBe('place');
    expect(reg.find('Thüringen')?.kind).toBe('place');
  });

  it('include Spain’s autonomous communities, and leave the bodies named after them whole', () => {
    const text = 'El fuego es el peor de Andalucía este año, según la Junta de Andalucía.';
    const reg = registry(text, [['Andalucía', 'PER', 0.72], ['Junta de Andalucía', 'ORG', 0.84]], 'es');
    expect(reg.find('Andalucía')?.kind).toBe('place');
    expect(reg.find('Junta de Andalucía')?.kind).toBe('organization');
  });

  it('include the states of India and the provinces of Pakistan', () => {
    const text = 'Madhya Pradesh reported the most cases again, ahead of Haryana, while officials in Sindh counted fewer.';
    const reg = registry(text, [['Madhya Pradesh', 'PER', 0.6], ['Haryana', 'PER', 0.55], ['Sindh', 'ORG', 0.5]]);
    for (const name of ['Madhya Pradesh', 'Haryana', 'Sindh']) expect(reg.find(name)?.kind).toBe('place');
  });

  it('leave a longer name alone', () => {
    const text = 'Indiana Jones Festival organisers said the Indiana State Police would close the road.';
    const reg = registry(text, [['Indiana Jones Festival', 'ORG', 0.8], ['Indiana State Police', 'ORG', 0.9]]);
    expect(reg.find('Indiana')).toBeUndefined();
    expect(reg.find('Indiana State Police')?.kind).toBe('organization');
  });
});
