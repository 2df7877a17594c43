// Where every noun is capitalised (German), common nouns glued to a name are no part of it: the noun after a
// genitive name, the noun an article or a possessive opens before a person's name, a noun governing a country in the
// genitive, a conjunction opening the sentence. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const names = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('nouns glued to a name', () => {
  it('ends a person at a genitive name whose bare form the text names', () => {
    const text = 'Noam arbeitete als Lehrer in der Stadt. Nach Noams Rückkehr wollte die Familie feiern.';
    const ps = names(text, [['Noam', 'PER', 0.8], ['Noams Rückkehr', 'PER', 0.6]]);
    expect(ps).not.toContain('Noams Rückkehr');
    expect(ps).toContain('Noam');
  });

  it('keeps a noun and a name after a genitive as the name with its description', () => {
    const text = 'Noam arbeitete als Lehrer. Später kam Noams Mutter Dalia Keren in die Stadt.';
    const ps = names(text, [['Noam', 'PER', 0.8], ['Dalia Keren', 'PER', 0.9]]);
    expect(ps).toContain('Dalia Keren');
  });

  it('starts a person after the noun an article or a possessive opens', () => {
    const text = 'Sie gedachte ihren Mann Noam, den Vater ihrer Kinder. Noam war Mechaniker.';
    const ps = names(text, [['Mann Noam', 'PER', 0.6], ['Noam', 'PER', 0.8]]);
    expect(ps).not.toContain('Mann Noam');
    expect(ps).toContain('Noam');
  });

  it('makes a person of the name after that noun, against prepositions of place', () => {
    const text = 'Sie lebten in Ramat Noam. Mit vierzehn verliebte sie sich in Noam. Bei Noam fand sie Ruhe. Sie gedachte ihren Mann Noam.';
    const ps = buildRegistry(scan(text), [], rulesFor('de'), spans(text, [['Ramat Noam', 'LOC', 0.6], ['Noam', 'PER', 0.7], ['Noam', 'PER', 0.7], ['Mann Noam', 'PER', 0.7]])).live();
    const noam = ps.find((p) => p.name === 'Noam');
    expect(noam?.kind).toBe('person');
    expect(noam?.mentions.length).toBe(3);
  });

  it('leaves a given name after an adjective alone', () => {
    const text = 'Der junge Tarek Olsen gewann das Rennen. Olsen jubelte.';
    expect(names(text, [['Tarek Olsen', 'PER', 0.9], ['Olsen', 'PER', 0.8]])).toContain('Tarek Olsen');
  });

  it('keeps a noun governing a country in the genitive out of its name', () => {
    const text = 'Im August wurden weite Teile Sloweniens und Teile Österreichs überschwemmt.';
    const ps = names(text, [['Sloweniens', 'LOC', 0.9], ['Österreichs', 'LOC', 0.6]]);
    expect(ps).not.toContain('Teile Österreichs');
    expect(ps).toContain('Österreich');
  });

  it('ends a place span at a genitive name: the noun after it is no part of the place', () => {
    const text = 'Heftiger Schusswechsel an Israels Grenze zu Libanon. Israel meldete am Abend drei Verletzte.';
    const ps = names(text, [['Israels Grenze', 'LOC', 0.53], ['Libanon', 'LOC', 0.5], ['Israel', 'LOC', 0.9]]);
    expect(ps).not.toContain('Israels Grenze');
  });

  it('gives a genitive surname to the one person named in full with it', () => {
    const text = 'Gabi Tornow leitet die Schule seit drei Jahren. In Tornows Mittelschule kamen am Montag nur wenige Kinder.';
    const ps = names(text, [['Gabi Tornow', 'PER', 0.9], ['Tornows', 'LOC', 0.8]]);
    expect(ps).toEqual(['Gabi Tornow']);
  });

  it('drops a conjunction opening the sentence before a name the tagger finds alone', () => {
    const text = 'Noam kam spät nach Hause. Obwohl Noam müde war, lief er weiter.';
    const ps = names(text, [['Noam', 'PER', 0.8]]);
    expect(ps).not.toContain('Obwohl Noam');
  });

  it('keeps a noun that governs a name, or that a name owns, out of it', () => {
    const text = 'Noam Keren regierte das Land. Die Festnahme Kerens kam überraschend. Viele lobten Kerens Mut.';
    const ps = names(text, [['Noam Keren', 'PER', 0.9], ['Festnahme Kerens', 'ORG', 0.5], ['Kerens Mut', 'ORG', 0.4]]);
    expect(ps).toEqual(['Noam Keren']);
  });

  it('keeps an organisation named in the genitive whole', () => {
    const text = 'Der Rotary Club feierte. Die Versammlung des Rotary Clubs war gut besucht.';
    const ps = names(text, [['Rotary Club', 'ORG', 0.9], ['Rotary Clubs', 'ORG', 0.5]]);
    expect(ps).toEqual(['Rotary Club']);
  });
});
