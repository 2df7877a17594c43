// A verb of saying in the passive ("Trump was asked, “…”") has as its subject who was spoken to: the words are the
// agent's after "by", else nobody named; the person asked is still who "he" stands for after. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse, speakersOf } from './analyse';

describe('a passive verb of saying', () => {
  it('"Trump was asked, “…?”" is not Trump’s question', () => {
    const t = 'Interview\n\nDonald Trump spoke to a magazine this week.\n\n'
      + 'In the interview published on Wednesday, Trump was asked, “What is the most dangerous place you have been to?”';
    expect(speakersOf(t, 'en')).toEqual([null]);
  });

  it('"was asked by host Bill Maher, “…”" is the host’s, and "he" after it is still the one asked', () => {
    const t = 'Late show\n\nBernie Sanders was a guest on the show on Friday.\n\n'
      + 'Sanders was asked by host Bill Maher, “Are you tired of hearing about the emails?”\n\n'
      + 'He laughed. “I am sick and tired of it, and so is the country,” he said.';
    expect(speakersOf(t, 'en')).toEqual(['Bill Maher', 'Bernie Sanders']);
  });

  it('German: "Scholz wurde kritisiert: „…“" are not Scholz’s words', () => {
    const t = 'Haushalt\n\nOlaf Scholz sprach am Montag im Bundestag.\n\nScholz wurde kritisiert: „Das ist zu wenig und kommt zu spät.“';
    expect(speakersOf(t, 'de')).toEqual([null]);
  });

  it('not a reported infinitive: "Obama is reported to have called the Saudis “free riders”" is Obama’s', () => {
    const t = 'Allies\n\nPresident Barack Obama met the king on Monday.\n\n'
      + 'Obama also is reported to have called the Saudis “free riders who rely too much on others for their security.”';
    expect(analyse(t, 'en').quotes.map((q) => q.speaker)).toEqual(['Barack Obama']);
  });
});
