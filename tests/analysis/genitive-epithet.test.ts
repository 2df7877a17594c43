// Where every noun is capitalised, a common noun in the genitive glued before a name ("des Inselstaates Taiwan",
// "eines deutschen Dienstes KORREKTIV") is the name's epithet: the party is the name, a country stays a country.
// Invented text, the German model.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const parties = (text: string) => analyse(text, 'de').parties;

describe('a genitive noun before a name', () => {
  const text = [
    'Die Führung in Peking droht regelmäßig mit einer Besetzung des Inselstaates Taiwan. Die Regierung in Berlin reagierte zurückhaltend.',
    'Besonders gefährdet seien Forschende an Hochschulen, wie ein Mitarbeiter eines deutschen Dienstes KORREKTIV berichtet. KORREKTIV hatte zuvor mehrere Fälle gesammelt, und KORREKTIV will weiter recherchieren.',
  ].join('\n\n');

  it('is no part of a country\'s name', () => {
    const ps = parties(text);
    expect(ps.some((p) => p.name.startsWith('Inselstaat'))).toBe(false);
    expect(ps.find((p) => p.name === 'Taiwan')?.type).toBe('country');
  });

  it('is no part of a name in capitals', () => {
    const ps = parties(text);
    expect(ps.some((p) => p.name.startsWith('Dienstes'))).toBe(false);
    expect(ps.some((p) => p.name === 'KORREKTIV')).toBe(true);
  });
});
