// A clause after a quotation that says what a name is ("“…!” Silver Arrow and Night Owls were dance troupes.", "…,”
// they were “far from perfect”") does not attribute the quotation to that name; a person and a copula before no
// noun phrase ("“…!” Kettering was furious") still does. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a copula after a quotation', () => {
  it('leaves the quotation to the person who wrote it, never to the groups named after it', () => {
    const t = 'A senator’s school years\n\nSenator Laura Kettering grew up in Halifax, where she went to Eastview High School.\n\nIn her yearbook, Kettering wrote: “Never stop dancing, not even for a minute!” Silver Arrow and Night Owls were dance troupes at the school.';
    expect(speakersOf(t, 'en')).toEqual(['Laura Kettering']);
  });
  it('makes a person before a quoted predicate the subject of a new clause, not the speaker', () => {
    const t = 'Talks on the border\n\nForeign Minister Paul Andersen said on Sunday that although the talks were an “important step,” they were “far from a settlement.”';
    expect(speakersOf(t, 'en')).toEqual(['Paul Andersen', 'Paul Andersen']);
  });
  it('still reads a name and an auxiliary before a verb of saying as the attribution', () => {
    const t = 'A senator’s school years\n\nSenator Laura Kettering grew up in Halifax.\n\n“Never stop dancing, not even for a minute!” Kettering had said to the class.';
    expect(speakersOf(t, 'en')).toEqual(['Laura Kettering']);
  });
});
