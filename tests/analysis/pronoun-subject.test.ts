// "On May 2 he emailed Gaiman about the book. “…,” he wrote.": the pronoun before the first name of a sentence is
// its subject, so a later "he" goes on with the same person, not with the name the verb acted on. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const text = (sentence: string) => 'The lost novel of Walter Brisk\n\n' +
  'Walter Brisk worked on the novel for six years, and his friends read every chapter of it.\n\n' +
  `Although Brisk had outlined the book in a poem, he struggled to finish it. ${sentence} “It is not as if I can have someone burst into the room every few pages,” he wrote.`;

describe('a pronoun that opens its clause', () => {
  it('is the subject: the name after its verb does not speak the next quotation', () => {
    expect(speakersOf(text('On May 2, 2006, he emailed Neil Oster about how hard the middle chapters were.'), 'en')).toEqual(['Walter Brisk']);
  });
  it('leaves a name that opens the clause as its subject', () => {
    expect(speakersOf(text('On May 2, 2006, Neil Oster emailed him about how hard the middle chapters were.'), 'en')).toEqual(['Neil Oster']);
  });
});
