// Where a name begins and ends: a sentence's first word glued to the name after it, and the tail of a longer name
// joined by lower-case links (name-starts.ts, name-tails.ts). Invented text, the shipped models.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

const names = partyNames;

describe('name boundaries', () => {
  it('leaves a sentence’s opening verb out of the place after it', () => {
    const text = 'Remember North Dakota’s long search for a tourism motto? Enter Montana to join the contest. The state unveiled its new motto at a fair in Billings on Monday.\n\nOfficials in Montana said the campaign cost less than expected.';
    const got = names(text, 'en');
    expect(got.some((n) => /^(Remember|Enter) /.test(n))).toBe(false);
  });

  it('keeps a given name that opens a sentence', () => {
    const text = 'Nomvula Zuma-Khumalo had been on the state’s radar long before the July riots, which her advocate Sipho Dlamini referred to as police spying on her.\n\nZuma-Khumalo pleaded not guilty when she appeared before the judge on Monday. The state said Zuma-Khumalo had posted the messages.';
    expect(names(text, 'en')).toContain('Nomvula Zuma-Khumalo');
  });

  it('leaves a German correlative conjunction out of the name after it', () => {
    const text = 'Er behielt die Zölle bei und baute die Infrastruktur wieder auf. Sowohl Habeck als auch Lindner förderten als Reaktion auf die Rivalität mit China die Industrie.\n\nHabeck sagte am Montag, der Plan sei teuer. Lindner widersprach. Habeck blieb dabei.';
    expect(names(text, 'de').some((n) => n.startsWith('Sowohl'))).toBe(false);
  });

  it('makes the tail of a body’s name over “and” the whole name the text writes again', () => {
    const text = 'The migrants were held at a Customs and Border Protection facility in Texas, officials said.\n\nCustoms and Border Protection did not answer questions about the facility on Tuesday.';
    const got = names(text, 'en');
    expect(got).toContain('Customs and Border Protection');
    expect(got).not.toContain('Border Protection');
  });

  it('makes the tail of a body’s name over “for” the whole name', () => {
    const text = 'The Centers for Disease Control recommends a flu vaccine for everyone above six months of age, the letter said.';
    const got = names(text, 'en');
    expect(got).toContain('Centers for Disease Control');
    expect(got).not.toContain('Disease Control');
  });

  it('leaves out the tail of a committee’s long name after “on”', () => {
    const text = 'Members of the House Select Committee on the Strategic Competition Between the United States and Russia asked for documents.\n\nThe House Select Committee said it would hold a hearing in May.';
    const got = names(text, 'en');
    expect(got.some((n) => n.startsWith('Strategic Competition'))).toBe(false);
    expect(got).toContain('House Select Committee');
  });

  it('keeps two names joined by “and” that the text never writes together again', () => {
    const text = 'Talks between Hamas and Hezbollah leaders were held in Beirut on Sunday, a source said.\n\nHezbollah did not comment. Hamas confirmed the meeting.';
    const got = names(text, 'en');
    expect(got).toContain('Hamas');
    expect(got).toContain('Hezbollah');
  });
});
