// A sentence after a quotation that says what a name is ("“…!” Silver Arrow and Night Owls were dance troupes.") does
// not attribute the quotation to that name: the words are the person's the text named before. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a copula after a quotation attributes nothing', () => {
  it('leaves the quotation to the person who wrote it, never to the groups named after it', () => {
    const t = 'A senator’s school years\n\nSenator Laura Kettering grew up in Halifax, where she went to Eastview High School.\n\nIn her yearbook, Kettering wrote: “Never stop dancing, not even for a minute!” Silver Arrow and Night Owls were dance troupes at the school.';
    expect(speakersOf(t, 'en')).toEqual(['Laura Kettering']);
  });
  it('still reads a name and an auxiliary before a verb of saying as the attribution', () => {
    const t = 'A senator’s school years\n\nSenator Laura Kettering grew up in Halifax.\n\n“Never stop dancing, not even for a minute!” Kettering had said to the class.';
    expect(speakersOf(t, 'en')).toEqual(['Laura Kettering']);
  });
});
