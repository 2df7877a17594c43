// Where every noun is capitalised, a person's span that swallowed a common noun and what governs it ("Tesla Akkus von
// Panasonic") ends before the noun the text writes after articles elsewhere ("den Akkus", "des Akkus"). Invented text,
// the shipped German model.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('a common noun inside a name (de)', () => {
  it('ends the name', () => {
    const text = 'Der Hersteller hat den Prototyp eines Akkupacks vorgestellt. Unklar ist, ob genug Akkus geliefert wurden.\n\nEtwa zur gleichen Zeit nutzte Tesla Akkus von Panasonic mit hoher Dichte. Die Zellen in den Akkus von Quantumscape sind kleiner, und die Kühlung des Akkus bleibt offen, sagte Jens Maurer.';
    const got = partyNames(text, 'de');
    expect(got.some((n) => n.includes('Akkus'))).toBe(false);
    expect(got).toContain('Jens Maurer');
  });

  it('leaves a name with a particle alone', () => {
    const text = 'Die Kommissionspräsidentin Ursula von der Leyen reiste am Montag nach Kiew. Von der Leyen sagte, die Hilfe gehe weiter.';
    expect(partyNames(text, 'de')).toContain('Ursula von der Leyen');
  });
});
