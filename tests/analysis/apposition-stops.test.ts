// Where an apposition after a name ends: not at an abbreviation's dots ("the U.S. attorney"), not at a German article
// inside it ("Leiter der Abteilung …"); a role before the name keeps its complement ("le porte-parole du président");
// a list the sentence goes on with is no description. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const described = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name)?.description;

describe('an apposition', () => {
  it('runs over an abbreviation’s dots', () => {
    const text = '“They failed,” Gerald Barnum, the U.S. attorney for the Eastern District of Ohio, said on Monday.';
    expect(described(text, 'en', 'Gerald Barnum')).toBe('U.S. attorney for the Eastern District of Ohio');
  });

  it('runs over a German article inside it', () => {
    const text = 'Einen Zusammenhang sieht Marc Obermair, Leiter der Abteilung Klimaforschung bei Geosphere Austria: „Die Ozeane sind warm.“';
    expect(described(text, 'de', 'Marc Obermair')).toBe('Leiter der Abteilung Klimaforschung bei Geosphere Austria');
  });

  it('keeps the complement of a role before the name', () => {
    const text = 'Le Kazakhstan reste neutre, a rapporté sur Facebook le porte-parole du président, Berik Ualikhan. Il a refusé de commenter.';
    expect(described(text, 'fr', 'Berik Ualikhan')).toBe('porte-parole du président');
  });

  it('is no list item the sentence goes on with', () => {
    const text = 'Schuld waren Anna Odine Strand, einen zu kurzen Anzug bei Norwegens Halvor Grande oder die Skier des Teams.';
    expect(described(text, 'de', 'Anna Odine Strand') ?? null).toBeNull();
  });
});
