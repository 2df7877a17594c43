// "On Monday, the Harbour Herald, the mouthpiece of the ruling party, warned that …": the phrase before the first
// comma opens with a preposition (fronted, no noun phrase), so the subject is the one after it, past the apposition.
// Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('an apposition after a fronted phrase', () => {
  it('finds the subject between the fronted phrase and the apposition', () => {
    const t = 'The city is burning. On Monday, the Harbour Herald, the mouthpiece of the ruling party, warned that there is “absolutely no room for compromise”. But the talks go on.';
    expect(speakerOf(t, 'absolutely no room')).toBe('Harbour Herald');
  });

  it('still takes the name in apposition to a description', () => {
    const t = 'The city is burning. On Monday, the party’s spokesman, Tom Reddle, warned that there is “absolutely no room for compromise”. But the talks go on.';
    expect(speakerOf(t, 'absolutely no room')).toBe('Tom Reddle');
  });
});
