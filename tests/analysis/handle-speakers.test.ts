// A source the text names by the user name it posts under ("kat99 posted") speaks, shown as the text writes the name;
// the "they" a writer uses for that account's owner is them; a fronted "In an earlier post" is nobody. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';
import { speakerLabel } from '../../lib/quote-text';

const story = [
  'The forum account was active for years, and its posts were read by thousands of people.',
  'A member asked whether anyone would still sign up. Kat99 answered, “Not for any money in the world.”',
  '“I have done things I will regret for the rest of my life,” they said, “and nobody can undo them.”',
  '“Renting is always a trap for young people,” kat99 posted. “You never get out once you start paying.”',
  'In an earlier post, kat99 had written, “I have never been one for nonsense of any kind.”',
  'A week later, mo_rivers_7 wrote: “We cannot pay the rent this month and nobody helps us.”',
].join('\n\n');

describe('a user name as the speaker', () => {
  it('speaks where the text names it with a verb of saying, after or before the quotation', () => {
    expect(speakerOf(story, 'Renting is always a trap')).toBe('kat99');
    expect(speakerOf(story, 'never been one for nonsense')).toBe('kat99');
    expect(speakerOf(story, 'We cannot pay the rent')).toBe('mo_rivers_7');
  });

  it('is shown as the text writes it, not as a sentence start capitalises it', () => {
    expect(speakerOf(story, 'Not for any money')).toBe('kat99');
  });

  it('is whom "they" stands for, with no other person named between', () => {
    expect(speakerOf(story, 'I have done things')).toBe('kat99');
  });
});

describe('"they" of a group', () => {
  it('stays nobody where no user name comes before it', () => {
    const t = 'Officers of the city police were called to the square on Monday night.\n\n“We will not tolerate violence against anyone in this city,” they said.';
    expect(speakerOf(t, 'We will not tolerate')).toBeNull();
  });
});

describe('a fronted phrase of place or time', () => {
  it('is no speaker ("In an earlier post, “…”")', () => {
    const t = 'The account has posted about money for years.\n\nIn an earlier post on the forum, “We cannot pay the rent this month and nobody helps us.”';
    const q = analyse(t, 'en').quotes.find((x) => x.text.includes('We cannot pay'));
    expect(q && speakerLabel(q)).toBeFalsy();
  });
});
