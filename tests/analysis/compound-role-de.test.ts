// German role compounds ("Finanzprofessor", "Zahlungsverkehr-Spezialistin") are roles by their head (lib/rules/de.ts
// roleSuffixes): "sagte der Finanzprofessor" names the person introduced before, never the body named last.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

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
});
