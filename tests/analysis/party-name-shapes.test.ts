// What a name's shape says of its type: "Dinamo Belgrad" is a body (a name and a capital), and "Dinamo" alone after
// it is the same club; a brand that opens its products' names ("Lumo Watch") keeps a party of its own; initials and
// a surname ("R. Kowal") are a person.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { kindOf } from '../../lib/analysis/parties/kinds';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

type Tag = 'LOC' | 'PER' | 'ORG' | 'MISC';
/** The registry's parties of an invented text, the tagger's spans given as (text, type, score, nth occurrence). */
function live(text: string, lang: string, tags: [string, Tag, number, number][]) {
  const spans = tags.map(([t, type, score, nth]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(t, at + 1);
    return { start: at, end: at + t.length, type, score };
  }).sort((a, b) => a.start - b.start);
  const rules = rulesFor(lang);
  return buildRegistry(scan(text), [], rules, spans).live().filter((p) => p.mentions.length).map((p) => ({ name: p.name, kind: kindOf(p, rules), aliases: [...p.aliases], mentions: p.mentions.length }));
}

describe('a name and then a capital', () => {
  const text = 'Nach dem Spiel zwischen Dinamo Belgrad und Sporting Lissabon gab es Streit. Bei Dinamo Belgrad fehlten zwei Spieler.';
  it('is a club, where the tagger was unsure of a person', () => {
    const ps = live(text, 'de', [['Dinamo Belgrad', 'PER', 0.55, 0], ['Sporting Lissabon', 'PER', 0.5, 0], ['Dinamo Belgrad', 'PER', 0.5, 1]]);
    expect(ps.find((p) => p.name === 'Dinamo Belgrad')?.kind).toBe('organization');
    expect(ps.find((p) => p.name === 'Sporting Lissabon')?.kind).toBe('organization');
  });
  it('is a person where the tagger is sure of one', () => {
    const ps = live('Der Schriftsteller Karl London las in Berlin. Danach sprach Karl London mit Gästen.', 'de', [['Karl London', 'PER', 0.95, 0], ['Karl London', 'PER', 0.95, 1]]);
    expect(ps.find((p) => p.name === 'Karl London')?.kind).toBe('person');
  });
  it('is a place where the tagger reads one', () => {
    const ps = live('Families moved to East Lisbon last year. East Lisbon has grown fast.', 'en', [['East Lisbon', 'LOC', 0.6, 0], ['East Lisbon', 'LOC', 0.6, 1]]);
    expect(ps.find((p) => p.name === 'East Lisbon')?.kind).toBe('place');
  });
});

describe('the first word of a body named after a capital', () => {
  it('is the body, where the text names it in full first', () => {
    const text = 'Spieler von Unión Madrid wurden gesperrt. Unión Madrid muss zahlen. Der Kapitän von Unión entschuldigte sich.';
    const ps = live(text, 'de', [['Unión Madrid', 'ORG', 0.9, 0], ['Unión Madrid', 'ORG', 0.9, 1], ['Unión', 'ORG', 0.7, 2]]);
    expect(ps.filter((p) => p.name === 'Unión')).toEqual([]);
    expect(ps.find((p) => p.name === 'Unión Madrid')).toMatchObject({ aliases: ['Unión'], mentions: 3 });
  });
  it('stays a party of its own where it opens a product’s name (a brand)', () => {
    const text = 'Lumo Watch sold out by noon. Buyers praised the Lumo Watch strap. Lumo said more would come.';
    const ps = live(text, 'en', [['Lumo Watch', 'ORG', 0.9, 0], ['Lumo Watch', 'ORG', 0.9, 1], ['Lumo', 'ORG', 0.9, 2]]);
    expect(ps.find((p) => p.name === 'Lumo')?.mentions).toBe(1);
  });
});

describe('initials and a surname', () => {
  const text = 'The Lions won 3-0 on Friday. The goals came from R. Kowal and T. Brenner, and the keeper made six saves.\n\nThe team plays again on West Main Street next week.';
  it('are a person, whatever type a tagger unsure of the surname gives', () => {
    const ps = live(text, 'en', [['Kowal', 'LOC', 0.48, 0], ['Brenner', 'ORG', 0.3, 0]]);
    expect(ps.find((p) => p.name === 'R. Kowal')?.kind).toBe('person');
    expect(ps.find((p) => p.name === 'T. Brenner')?.kind).toBe('person');
  });
  it('leave a body the tagger is sure of, and a street, as they are', () => {
    const t = 'Shares of J. Halvorsen rose. J. Halvorsen makes cranes. Trucks now park on W. Harbor Road.';
    const ps = live(t, 'en', [['J. Halvorsen', 'ORG', 0.95, 0], ['J. Halvorsen', 'ORG', 0.95, 1], ['Harbor Road', 'LOC', 0.6, 0]]);
    expect(ps.find((p) => p.name === 'J. Halvorsen')?.kind).toBe('organization');
    expect(ps.find((p) => p.name === 'W. Harbor Road')?.kind).toBe('place');
  });
});
