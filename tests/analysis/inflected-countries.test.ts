// A country written with a case ending of the language ("Norwegens", a German genitive) is that country, listed
// under its name. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a country with a case ending', () => {
  it('German genitive: "Norwegens" is the country Norwegen', () => {
    const t = 'Streit ums Material\n\nDie Kontrolleure fanden einen zu kurzen Anzug bei Norwegens bestem Springer, sagte der Sprecher des Verbands am Montag in Oberstdorf.\n\nDer Verband will die Regeln im nächsten Winter noch einmal verschärfen.';
    const parties = analyse(t, 'de').parties;
    const p = parties.find((x) => x.name === 'Norwegen');
    expect(p?.type).toBe('country');
    expect(parties.map((x) => x.name)).not.toContain('Norwegens');
  });
});
