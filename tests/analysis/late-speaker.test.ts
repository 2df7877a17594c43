// A partial quotation inside a sentence that closes on its attribution (", X told the AP.", ", the bureau said."):
// the speaker closing the sentence, with whom the words were said to after the verb, or a determiner and a speaking
// noun. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a speaker closing the sentence of a partial quotation', () => {
  it('reads the name before a verb of saying and its object', () => {
    const t = 'Talks in the north\n\nThe new chief may look like a direct “challenge to the government,” but a deal was still possible, Amal Haddad told the AP.';
    expect(speakersOf(t, 'en')).toEqual(['Amal Haddad']);
  });
  it('reads a determiner and a speaking noun before the verb', () => {
    const t = 'A collision at sea\n\nThe Coastal Fisheries Bureau sent two boats to the reef on Sunday.\n\nBefore the collision, the trawler “tried to block the path” of the patrol boat, which was on a routine patrol, the bureau said.';
    expect(speakersOf(t, 'en')).toEqual(['Coastal Fisheries Bureau']);
  });
  it('leaves a clause after the verb alone: the words are not the late speaker’s', () => {
    const t = 'Talks in the north\n\nThe new chief may look like a direct “challenge to the government,” but a deal was possible, Amal Haddad said it would fail.';
    expect(speakersOf(t, 'en')).not.toEqual(['Amal Haddad']);
  });
});
