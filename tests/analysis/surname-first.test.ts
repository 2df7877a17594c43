// A two-word name that opens with the surname of someone named in full ("dem verwarnten Benzoni Gelb-Rot" after
// "Dario Benzoni") is that person and the word after them: a surname ends a name. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a known surname before another word', () => {
  it('is the person named in full, not a new name', () => {
    const text = 'In Tränen taumelte Dario Benzoni vom Platz. Der Schiedsrichter hatte lange gezögert. Dann zeigte er dem bereits verwarnten Benzoni Gelb-Rot. Benzoni ging wortlos.';
    const parties = analyse(text, 'de').parties;
    expect(parties.map((p) => p.name)).not.toContain('Benzoni Gelb-Rot');
    expect(parties.find((p) => p.name === 'Dario Benzoni')?.mentions).toBe(3);
  });

  it('leaves two people who share a word apart when the tagger is sure of both', () => {
    const parties = analyse('Michael Jordan met Jordan Peterson in Chicago. Jordan Peterson spoke first.', 'en').parties.map((p) => p.name);
    expect(parties).toEqual(expect.arrayContaining(['Michael Jordan', 'Jordan Peterson']));
  });
});

describe('a double surname', () => {
  it('is not cut when its second word names someone else too', () => {
    const text = 'Im Regal von Noa Kessel Amiras neuer Wohnung stehen Bücher. Ihre Mutter Dina Kessel und ihre Schwiegermutter Tova Amira kamen zu Besuch.';
    const dina = analyse(text, 'de').parties.find((p) => p.name === 'Dina Kessel');
    expect(dina?.mentions ?? 1).toBe(1);
  });
});
