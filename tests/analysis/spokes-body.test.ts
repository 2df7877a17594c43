// "the company’s spokesman", "le porte-parole de l’entreprise", "der Sprecher des Unternehmens": a spokesperson of a
// body named by its common noun speaks for the body of that kind named before, not for the person quoted last, even
// inside the author's parenthesis.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const EN = `Drivers at Acme Freight say the company watches them closely. Managers came outside to monitor the rally, said Tanner Holt, the president of the local, who has worked for Acme Freight since he was 18.

Holt fought back. “I filed a complaint a few days later for them spying on our rally,” he told me. “It was easy.” (The company’s spokesman said of the incident, “We respect our employees’ rights to assemble.” The case is still ongoing.)`;

const FR = `Les chauffeurs de Groupe Acme dénoncent la surveillance. Les cadres sont sortis surveiller la manifestation, a dit Thomas Holt, président du syndicat local.

Holt a riposté. « J’ai porté plainte quelques jours plus tard », m’a-t-il dit. (Le porte-parole de l’entreprise a déclaré : « Nous respectons le droit de réunion de nos salariés. » L’affaire est toujours en cours.)`;

const DE = `Die Fahrer der Acme Logistik GmbH klagen über Überwachung. Die Manager kamen heraus, sagte Thomas Holt, der Vorsitzende der Gewerkschaft.

Holt wehrte sich. „Ich habe ein paar Tage später Beschwerde eingelegt“, sagte er mir. (Der Sprecher des Unternehmens sagte dazu: „Wir respektieren das Versammlungsrecht unserer Mitarbeiter.“ Das Verfahren läuft noch.)`;

describe('a spokesperson of the body a common noun names', () => {
  it('speaks for the company, not the union president quoted before (en)', () => {
    expect(speakerOf(EN, 'We respect', 'en')).toBe('Acme Freight');
    expect(speakerOf(EN, 'I filed', 'en')).toBe('Tanner Holt');
  });

  it('speaks for the company (fr)', () => {
    expect(speakerOf(FR, 'Nous respectons', 'fr')).toBe('Groupe Acme');
  });

  it('speaks for a company, not for the union named by its noun alone, nor for a new body "Unternehmens" (de)', () => {
    const who = speakerOf(DE, 'Wir respektieren', 'de');
    expect(who).not.toBe('Gewerkschaft');
    expect(who).toMatch(/Logistik GmbH$/);
  });
});
