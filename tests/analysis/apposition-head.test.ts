// A speaker phrase that opens on a name and its apposition ("Flynn, a top Trump surrogate") names that person, not
// a person named inside the apposition. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a name and its apposition', () => {
  it('English: "Gene Sperling, a top outside Clinton adviser" is Gene Sperling, not Hillary Clinton', () => {
    const t = 'Rate rise worries Democrats\n\nHillary Clinton has said little about the central bank this autumn.\n\n'
      + '“It is not the position that everything is fine,” Gene Sperling, a top outside Clinton adviser, said on Tuesday.';
    expect(speakersOf(t, 'en')).toEqual(['Gene Sperling']);
  });

  it('still the person after a role inside the phrase ("the company’s spokeswoman Saima Qureshi")', () => {
    const t = 'Port strike ends\n\nThe dock workers went back to work on Monday.\n\n“We are relieved,” said the company’s spokeswoman Saima Qureshi.';
    expect(speakersOf(t, 'en')).toEqual(['Saima Qureshi']);
  });
});
