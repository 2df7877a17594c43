// Two quotations with only a conjunction between them ('the words “we see you” or “I see you”') are the same
// speaker's words, parts of one sentence; one or two words so joined are labels, nobody's. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('quotations joined by a conjunction', () => {
  const t = 'Trial of a campaigner opens\n\nThe first witness described how the accused had used her accounts during the unrest.\n\n'
    + 'Nomsa Dlamini had been flagged because she was an influential user of social media.\n\n'
    + 'She had then tweeted that the fight must be intensified “on the outside”. Then, in a series of 19 tweets, she had shared videos of the fires with words “we are watching you” or “we will come for you”.';

  it('English: the second quotation is the first one’s speaker’s, a partial one like it', () => {
    const qs = analyse(t, 'en').quotes;
    const second = qs.find((q) => q.text === 'we will come for you');
    expect(second?.speaker).toBe('Nomsa Dlamini');
    expect(second?.kind).toBe('partial');
  });

  it('one-word labels joined so are no one’s words', () => {
    const u = 'Platform adds profiles\n\nThere are now many business accounts, according to the company. Any user can turn a profile into a “business” or “creator” one at any time.';
    expect(analyse(u, 'en').quotes.find((q) => q.text === 'creator')?.speakerMention ?? null).toBeNull();
  });
});
