// Where every noun is capitalised (German), a capitalised word after a person's name may be a common noun the sentence
// goes on with: it is no surname without the text's evidence. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const parties = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('de');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
};
const names = (...a: Parameters<typeof parties>) => parties(...a).map((p) => p.name);

describe('a common noun after a given name', () => {
  const text = 'Lena Kowalczyk wohnt in Lodz. Zum Glück fand sie Arbeit. Auch hier hatte Lena Glück: Die Firma zahlte gut. '
    + 'Lena Kowalczyk lacht. Ihr Chef wünschte viel Glück. Lena erzählt von damals.';
  const tagged: [string, EntitySpan['type'], number][] = [['Lena Kowalczyk', 'PER', 0.9], ['Lodz', 'LOC', 0.9], ['Lena Glück', 'PER', 0.7], ['Lena Kowalczyk', 'PER', 0.9], ['Lena', 'PER', 0.7]];

  it('is no surname: the given name alone joins the full name the text uses', () => {
    const ps = parties(text, tagged);
    expect(ps.map((p) => p.name)).not.toContain('Lena Glück');
    expect(ps.map((p) => p.name)).not.toContain('Lena');
    expect(ps.find((p) => p.name === 'Lena Kowalczyk')?.aliases).toContain('Lena');
  });

  it('after a month is no name at all', () => {
    const t = 'Anfang Juli Monat hat sich Lena Kowalczyk mit dem Minister getroffen. Einen Monat später reiste sie ab.';
    const got = names(t, [['Juli Monat', 'PER', 0.6], ['Lena Kowalczyk', 'PER', 0.9]]);
    expect(got).toEqual(['Lena Kowalczyk']);
  });

  it('after a full name whose surname the text writes alone goes', () => {
    const t = 'Darauf nimmt auch der Experte Guido Brenner Bezug: Die Lage sei ernst. Brenner wird oft zitiert.';
    expect(names(t, [['Guido Brenner Bezug', 'PER', 0.8], ['Brenner', 'PER', 0.5]])).toEqual(['Guido Brenner']);
  });

  it('after a name that is no given name takes the name with it', () => {
    const t = 'Er brachte eine Pizza von Crispy Pizza in der Altstadt. Lena Kowalczyk aß sie.';
    expect(names(t, [['Crispy Pizza', 'PER', 0.64], ['Lena Kowalczyk', 'PER', 0.9]])).toEqual(['Lena Kowalczyk']);
  });
});

describe('a surname that is also written after an article', () => {
  it('stays when the text writes it alone more often', () => {
    const t = 'Präsident Joe Biden reiste ab. Die Biden-Regierung schweigt, und die Biden nahestehenden Berater auch. '
      + 'Biden sagte nichts. Später lobte man Biden.';
    expect(names(t, [['Joe Biden', 'PER', 0.9], ['Biden', 'PER', 0.6], ['Biden', 'PER', 0.6]])).toContain('Joe Biden');
  });

  it('stays beside a namesake with another surname', () => {
    const t = 'Thomas Langer und Thomas Weber leiten das Projekt. Langer sagt, es laufe gut. Weber sieht das anders.';
    const got = names(t, [['Thomas Langer', 'PER', 0.9], ['Thomas Weber', 'PER', 0.9], ['Langer', 'PER', 0.7], ['Weber', 'PER', 0.7]]);
    expect(got).toEqual(expect.arrayContaining(['Thomas Langer', 'Thomas Weber']));
  });
});

describe('a common noun before a name', () => {
  it('is no part of it when the text writes it elsewhere as a noun ("der ganze Gazastreifen Hamas")', () => {
    const t = 'Die Hamas kontrolliert den Gazastreifen. Die Lage im Gazastreifen ist ernst. Die Behauptung, dass der ganze Gazastreifen Hamas ist, ist falsch.';
    const got = names(t, [['Hamas', 'ORG', 0.9], ['Gazastreifen', 'LOC', 0.9], ['Gazastreifen', 'LOC', 0.9], ['Hamas', 'ORG', 0.5]]);
    expect(got).toContain('Hamas');
    expect(got).not.toContain('Gazastreifen Hamas');
  });
});
