// A surname with a lower-case article hyphened to it ("al-Scharaa", Arabic names in Latin letters): papers in many
// languages name the person in full once and then by the surname without its article ("Scharaa"). Both are one
// party, and the surname's quotation goes to the full name. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse, speakersOf } from './analyse';

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

describe('a surname with its article as the speaker', () => {
  it('German: "sagt Nasr ad-Din" names the whole surname, Karim Nasr ad-Din, not "Nasr"', () => {
    const t = 'Die Drusen fordern Mitsprache\n\nIn Sweida wird der Sturz des Regimes gefeiert. Unter den Feiernden ist der Arzt Karim Nasr ad-Din, der seit zwanzig Jahren in der Stadt lebt.\n\n' +
      '«Wir wollen gleiche Rechte und keine Geschenke», sagt Nasr ad-Din über die neue Regierung in Damaskus.';
    expect(speakersOf(t, 'de')).toEqual(['Karim Nasr ad-Din']);
  });
});
