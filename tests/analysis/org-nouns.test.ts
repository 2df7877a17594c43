// A common noun for an organisation before a name types it an organisation, not a person the tagger guessed: "the
// carmaker Veltaro", "the recreational vehicle-maker Duravan", German compounds ("das Augsburger Rüstungsunternehmen
// Brakon"), and plurals before a list ("rights groups …"). Invented names, with the shipped models.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name)?.type;

describe('an organisation noun before a name', () => {
  it('types the name an organisation after an English compound noun (en)', () => {
    expect(typeOf('The carmaker Stellantis said on Monday that it would cut jobs at two of its plants in Italy.', 'en', 'Stellantis')).not.toBe('person');
    expect(typeOf('Costco and the recreational vehicle-maker Winnebago are among the retailers that raised prices this year.', 'en', 'Winnebago')).not.toBe('person');
  });

  it('types the name an organisation after a German compound, and keeps the noun out of the name (de)', () => {
    const text = 'Die Bundesregierung hat den Export von Getrieben genehmigt, die das Augsburger Rüstungsunternehmen Renk herstellt. Eine größere Lieferung soll im Sommer folgen.';
    const ps = analyse(text, 'de').parties;
    expect(ps.find((p) => p.name === 'Renk')?.type).toBe('organization');
    expect(ps.some((p) => /Rüstungsunternehmen/.test(p.name))).toBe(false);
  });

  it('leaves a town noun to places: "Hauptstadt" is no administration (de)', () => {
    const text = 'Die Regierung in Kopenhagen reagierte scharf, ebenso die Verwaltung in der grönländischen Hauptstadt Nuuk am Dienstag.';
    expect(typeOf(text, 'de', 'Nuuk')).not.toBe('organization');
  });
});

describe('an organisation noun before a comma and a person', () => {
  it('does not type a person named in apposition after a role and its body (es)', () => {
    const es = 'El presidente de la federación, Antonio Salgado, defendió a los comisarios el domingo en Losail.';
    expect(typeOf(es, 'es', 'Antonio Salgado')).toBe('person');
  });
});
