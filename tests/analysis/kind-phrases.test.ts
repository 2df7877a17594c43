// Capitalised words after an indefinite article with no noun of their own after them name a kind of thing ("a
// Garden Gnome on Instagram"), and a title before "of" and a body's name is a role at that body ("the CEO of
// Harbour Media Holdings Group"): neither is a party as written. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('capitalised phrases that name no party as written', () => {
  it('a kind of thing after an indefinite article is none', () => {
    const names = partyNames('One friend calls herself a Garden Gnome on Instagram. A Ford Motor plant closed in Dalton.', 'en');
    expect(names).not.toContain('Garden Gnome');
    expect(names).toContain('Ford Motor');
  });

  it('a body after an indefinite article stays one', () => {
    const names = partyNames('The agency is run by a Pension Oversight Board. It is the soul of a Liberal Party that has changed.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Pension Oversight Board', 'Liberal Party']));
  });

  it('a name built with a particle or a possessive after an indefinite article stays whole', () => {
    const names = partyNames('Curling has its own museum. There is also a Norway Curling Hall of Fame and a Curling Iceland\'s Hall of Fame.', 'en');
    expect(names).toEqual(expect.arrayContaining(['Norway Curling Hall of Fame', 'Curling Iceland\'s Hall of Fame']));
  });

  it('a role at a body leaves the body', () => {
    const names = partyNames('That is the view of Mark Jessop, the CEO of Harbour Media Holdings Group, which owns six papers.', 'en');
    expect(names).not.toContain('CEO of Harbour Media Holdings Group');
    expect(names).toContain('Harbour Media Holdings Group');
  });
});
