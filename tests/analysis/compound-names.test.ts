// A name hyphened to a lower-case ending is an adjective ("Moscow-based", "AI-powered"), and a name cut at an
// abbreviation's dot ("Japan-U" of "Japan-U.S.") is a fragment: neither is a party. A romanised given name hyphened to
// a short syllable ("Han Dong-hoon") is a name. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const names = (t: string) => analyse(t, 'en').parties.map((p) => p.name);

describe('hyphened compounds', () => {
  it('no adjective made of a name, no name cut at a dot', () => {
    const t = 'Harbour deal signed\n\nThe Moscow-based shipping group Veridian Lines signed the harbour deal on Monday, a Norway-sized bet on the Japan-U.S. trade route, its chief executive Maria Keller said.\n\n' +
      'Keller said the AI-powered cranes would arrive in the spring. Moscow has not commented on the deal.';
    const n = names(t);
    for (const junk of ['Moscow-based', 'Norway-sized', 'Japan-U', 'AI-powered']) expect(n).not.toContain(junk);
    expect(n).toContain('Maria Keller');
  });

  it('keeps a romanised given name hyphened to a short syllable', () => {
    const t = 'Minister resigns\n\nJustice Minister Han Dong-hoon resigned on Monday after a week of protests in Seoul, his office said.\n\n' +
      '"I take responsibility," Han Dong-hoon told reporters outside the ministry.';
    expect(names(t)).toContain('Han Dong-hoon');
  });
});
