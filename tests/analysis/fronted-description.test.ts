// A participle clause ("…, calling him “…”") has its sentence's subject as speaker, also when a fronted phrase
// stands before a description subject ("In December, the prince called …"): not the person named as the object.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a description subject after a fronted phrase', () => {
  it('"In December, the prince called for Trump to quit, calling him “…”" is the prince’s', () => {
    const t = 'Prince mocks candidate\n\nPrince Alwaleed bin Talal owns a stake in the hotel group.\n\nDonald Trump replied on Twitter.\n\n'
      + 'In December, the prince called for Trump to drop out of the race, calling him “a disgrace not only to the party but to all America.”';
    expect(speakersOf(t, 'en')).toEqual(['Alwaleed bin Talal']);
  });

  it('"In three interviews, the justice sounded off on Trump, saying she didn’t “…”" is the justice’s', () => {
    const t = 'Justice apologises\n\nJustice Maria Keller issued a statement on Thursday.\n\n'
      + 'In three separate interviews, the justice sounded off on Trump, saying she didn\'t "want to contemplate" a future court with him.';
    expect(speakersOf(t, 'en')).toEqual(['Maria Keller']);
  });
});
