// Some of a body's people ("Acme Freight drivers", "los abogados de Grupo Acme") are an unnamed group: their words are
// not the body's own, nor those of a person who holds a like role elsewhere in the story.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const EN = `Drivers at Acme Freight say the company watches them closely. Managers came outside to monitor the rally, said Tanner Holt, the president of the local.

“We were scared to go outside after that,” Acme Freight nurses said.`;

const ES = `Los conductores de Grupo Acme denuncian que la empresa los vigila. Los directivos salieron a vigilar la protesta, dijo Tomás Holt, presidente del sindicato local.

«Teníamos miedo de salir después de aquello», dijeron los abogados de Grupo Acme. El caso sigue abierto.`;

const FR = `Les chauffeurs de Groupe Acme dénoncent la surveillance de l’entreprise. Les cadres sont sortis surveiller la manifestation, a dit Thomas Holt, président du syndicat local.

« Nous avions peur de sortir après cela », ont déclaré les avocats de Groupe Acme. L’affaire est toujours en cours.`;

describe('a group of a body’s people', () => {
  it('is not the body (en)', () => {
    expect(speakerOf(EN, 'We were scared', 'en')).toBeNull();
  });

  it('is neither the body nor the person named before (es, fr)', () => {
    expect(speakerOf(ES, 'Teníamos miedo', 'es')).toBeNull();
    expect(speakerOf(FR, 'Nous avions peur', 'fr')).toBeNull();
  });

  it('leaves the body its spokesperson’s words', () => {
    expect(speakerOf(EN.replace('Acme Freight nurses said', 'an Acme Freight spokesman said'), 'We were scared', 'en')).toBe('Acme Freight');
  });
});
