// German "das" is no name particle: "hat das Verfassungsgericht das TSG eingestuft" names a court and a law, not one
// body "Verfassungsgericht das TSG". A German genitive article still joins a body's name ("Bundesministerium der
// Verteidigung"). Invented text, the shipped German model.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

const names = partyNames;

describe('an article between two nouns', () => {
  it('ends a German name where it is no genitive', () => {
    const court = names('Mehrere Male hat das Verfassungsgericht das TSG als verfassungswidrig eingestuft, immer wieder. Die Regierung will das TSG nun abschaffen.', 'de');
    expect(court).toContain('TSG');
    expect(court.some((n) => / das /.test(n))).toBe(false);
    const law = names('Für die Umsetzung will die Landesregierung das Landesbeamtengesetz ändern. Am Montag soll es dazu eine Anhörung im Landtag geben.', 'de');
    expect(law.some((n) => / das /.test(n))).toBe(false);
  });

  it('still joins a genitive', () => {
    expect(names('Das Bundesministerium der Verteidigung teilte am Montag mit, die Lieferung sei verschoben worden.', 'de')).toContain('Bundesministerium der Verteidigung');
  });
});
