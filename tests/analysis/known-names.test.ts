// A one-word "person" the tagger found, with nothing in the text to say it is someone (no title, role, quotation,
// fuller name…), whose word the tagger's training data names places, bodies and things by and never a person
// ("Mars", "Tampa"), is no party; a word that data knows as a person's name ("Greg") stays, and so does any word
// with person evidence ("Mr. Mars"). Invented text, the English model; the name lists come from
// scripts/ner/person-names.ts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { knownName } from '../../lib/analysis/parties/known-names';
import { rulesFor } from '../../lib/rules/languages';

const partyOf = (text: string, name: string) => analyse(text, 'en').parties.find((p) => p.name === name) ?? null;
const sky = (who: string) => `The couple walked along the beach in the evening. They said ${who} was bright in the sky, and their son Tomas Reed agreed with them.`;

describe('a one-word person without person evidence', () => {
  it('is no party when the word names things, not people', () => {
    expect(partyOf(sky('Mars'), 'Mars')).toBeNull();
    expect(partyOf(sky('Mars'), 'Tomas Reed')?.type).toBe('person');
    const town = 'Shoppers queued outside the shop before dawn on Friday. At the end of the week, Tampa was quiet again, and the queue at Argos was gone by noon. Mayor Jane Holloway said the town would recover.';
    expect(analyse(town, 'en').parties.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Jane Holloway']);
  });

  it('stays a person when the word is a known name', () => {
    expect(partyOf(sky('Greg'), 'Greg')?.type).toBe('person');
  });

  it('stays a person with a title', () => {
    expect(partyOf(sky('Mr. Mars'), 'Mars')?.type).toBe('person');
  });
});

describe('a known name', () => {
  it('is known with a case ending or as an adjective of the name', () => {
    const hr = rulesFor('hr');
    expect(knownName('Kosor', hr)).toBe(true);
    expect(knownName('Kosorova', hr)).toBe(true);
    expect(knownName('Mars', rulesFor('en'))).toBe(false);
  });
});
