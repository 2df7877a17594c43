// A verb of saying whose subject is a relative pronoun ("Maria Keller, who said …", "the Farmers Union, which
// said …") speaks for the phrase the relative clause hangs on, not for a place inside it. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakersOf } from './analyse';

const farm = (s: string) => `Farm plan\n\nThe government published a plan on Monday.\n\n${s}`;

describe('a relative pronoun as the subject of a verb of saying', () => {
  it('is the person before its comma, the relative kept in the words for the speaker', () => {
    const q = analyse(farm('The plan was criticised by Maria Keller, who said it was “a disaster for every family farm.”'), 'en').quotes[0]!;
    expect([q.speaker, q.speakerMention]).toEqual(['Maria Keller', 'Maria Keller, who']);
  });
  it('is the body before its comma', () => {
    expect(speakersOf(farm('The report was criticised by the Northern Farmers Union, which said the plan was “a disaster for every family farm.”'), 'en')).toEqual(['Northern Farmers Union']);
  });
  it('is the body, not the place after its preposition', () => {
    expect(speakersOf(farm('Amal Haddad heads the Coastal Farmers Alliance in Lebanon, which says on its site that it aims to “protect the rights of every family farm.”'), 'en')).toEqual(['Coastal Farmers Alliance']);
  });
});
