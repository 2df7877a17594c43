// A capital before a noun names the city ("the Lisbon side", "the Oslo region"), not the state it is the seat of;
// a capital that speaks or acts still stands for its country ("Lisbon said"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const live = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).live().filter((p) => p.mentions.length);

describe('capitals', () => {
  it('before a noun are the city', () => {
    const ps = live('Talks between the Lisbon side and the coach went on for a week.', [['Lisbon', 'LOC', 0.8]]);
    expect(ps.find((p) => p.name === 'Lisbon')?.kind).toBe('place');
    expect(ps.find((p) => p.kind === 'country')).toBeUndefined();
  });

  it('that speak stand for the country', () => {
    const ps = live('Lisbon said on Monday that the deal was off.', [['Lisbon', 'LOC', 0.8]]);
    expect(ps.find((p) => p.kind === 'country')?.mentions.length).toBe(1);
    expect(ps.find((p) => p.kind === 'country')?.aliases.has('Lisbon')).toBe(false);
  });
  it('after a locative are the city, whatever type the tagger guessed ("a Roma", read as a club by a model without Italian)', () => {
    const text = 'Il presidente ha ricevuto a Roma il cancelliere tedesco.';
    const ps = buildRegistry(scan(text), [], rulesFor('it'), spans(text, [['Roma', 'ORG', 0.34]])).live().filter((p) => p.mentions.length);
    expect(ps.find((p) => p.kind === 'country')).toBeUndefined();
    expect(ps.find((p) => p.name === 'Roma')?.kind).toBe('place');
  });
});

describe('a country\'s government', () => {
  it('is a party of its own, in any case, in the words of the text\'s language', () => {
    const ps = live('The Lisbon Government said on Monday that the deal was off.', [['Lisbon', 'LOC', 0.8]]);
    expect(ps.find((p) => p.name === 'Lisbon Government')?.kind).toBe('organization');
    const de = buildRegistry(scan('Die Lissabon Regierung hat am Montag abgelehnt.'), [], rulesFor('de'), spans('Die Lissabon Regierung hat am Montag abgelehnt.', [['Lissabon', 'LOC', 0.8]])).live();
    expect(de.find((p) => p.name === 'Lissabon Regierung')?.kind).toBe('organization');
  });

  it('is a word of each language\'s own list', () => {
    expect(rulesFor('fr').governments.has('gouvernement')).toBe(true);
    expect(rulesFor('fr').governments.has('government')).toBe(false);
    expect(rulesFor('pl').governments.has('rząd')).toBe(true);
  });
});
