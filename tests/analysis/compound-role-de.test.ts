// German role compounds ("Finanzprofessor", "Zahlungsverkehr-Spezialistin") are roles by their head (lib/rules/de.ts
// roleSuffixes): "sagte der Finanzprofessor" names the person introduced before, never the body named last.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const run = (text: string) => analyzeArticle({ text, lang: 'de' });

describe('a German role compound after its verb of saying', () => {
  it('speaks for the person named before, not for the body named after him', () => {
    const t = [
      'Die Zahlungsinitiative NPI will im Herbst starten.',
      'Michael Hartmann vom Institut für Geldfragen hielt NPI für die letzte Chance. „Wir sind eh schon hinten dran“, sagte der Finanzprofessor.',
      'Hartmann rechnet mit Verlusten.',
    ].join('\n\n');
    expect(run(t).quotes.find((q) => q.text.startsWith('Wir sind'))?.speaker).toBe('Michael Hartmann');
  });

  it('after a hyphen, makes the role and surname the same person as the full name', () => {
    const t = [
      '„Der Zug ist noch nicht abgefahren“, sagt Christiane Neumüller, Expertin bei der Beratung Capco.',
      'Die Banken haben „einiges an Schlagkraft“, sagt Zahlungsverkehr-Spezialistin Neumüller.',
      'Das reiche aber noch nicht, sagt Neumüller. „Verbraucher werden nur wechseln, wenn es einfacher ist.“',
    ].join('\n\n');
    const a = analyzeArticle({ text: t, lang: 'de' }, { ner: loadNerModel('de') });
    expect(a.parties.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Christiane Neumüller']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Christiane Neumüller', 'Christiane Neumüller', 'Christiane Neumüller']);
  });
});
