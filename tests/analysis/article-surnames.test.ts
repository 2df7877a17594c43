// A surname with a lower-case article hyphened to it ("al-Scharaa", Arabic names in Latin letters): papers in many
// languages name the person in full once and then by the surname without its article ("Scharaa"). Both are one
// party, and the surname's quotation goes to the full name. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a surname without its article', () => {
  it('German: "Scharaa" is Achmed al-Scharaa', () => {
    const t = 'Neue Regierung in Damaskus\n\nDer Rebellenchef Achmed al-Scharaa hat am Montag eine nationale Konferenz angekündigt, bei der alle Teile der Gesellschaft vertreten sein sollen.\n\n' +
      'Kritiker werfen ihm vor, die Schlüsselstellen mit eigenen Leuten zu besetzen. «Wir werden alle Minderheiten schützen», sagte Scharaa am Dienstag vor Journalisten in Damaskus.';
    const { parties, quotes } = analyse(t, 'de');
    expect(parties.map((p) => p.name)).toContain('Achmed al-Scharaa');
    expect(parties.map((p) => p.name)).not.toContain('Scharaa');
    expect(quotes[0]?.speaker).toBe('Achmed al-Scharaa');
  });

  it('English: "Balaous" is Laith al-Balaous', () => {
    const t = 'Druze leaders ask for a say\n\nThe Druze leader Laith al-Balaous helped to take the capital in December, his fighters said on Sunday.\n\n' +
      '"We did not topple one tyrant to get another," Balaous told reporters in Sweida on Monday.';
    const { parties, quotes } = analyse(t, 'en');
    expect(parties.map((p) => p.name)).toContain('Laith al-Balaous');
    expect(parties.map((p) => p.name)).not.toContain('Balaous');
    expect(quotes[0]?.speaker).toBe('Laith al-Balaous');
  });
});
