// A verb of saying without a subject ("«…», rememoró") in a new paragraph that opens on a person is that person's,
// not the last speaker's from the paragraph before. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const text = (opening: string) => 'El campeón gana en Losail\n\nEl presidente de la federación, Antonio Salgado, defendió a los comisarios. "Son nuestras reglas y las aplicamos como creemos", dijo Salgado.\n\n' +
  `${opening} "Sinceramente, esperaba que chocásemos en la primera curva, pero salimos muy mal", rememoró, no sin cierto sarcasmo.`;

describe('the person a new paragraph opens on', () => {
  it('speaks the quotation its verb without a subject attributes', () => {
    expect(speakersOf(text('A Pablo Ferrer, cuarto en la meta, no le queda sino aferrarse a la última prueba del año, donde volverá a cruzarse con Jorge Lenz.'), 'es')).toEqual(['Antonio Salgado', 'Pablo Ferrer']);
  });
  it('leaves it to the last speaker when the paragraph names that speaker', () => {
    expect(speakersOf(text('A Pablo Ferrer le respondió Salgado con dureza.'), 'es')[1]).not.toBe('Pablo Ferrer');
  });
});

// "El consejero ha lanzado un mensaje … «…», ha insistido" after the mayor's words: the paragraph opens on a role the
// story gave someone else than the last speaker; the verb without a subject is that role holder's.
const roles = (opening: string) => 'Un incendio arrasa la sierra\n\nEl consejero de Emergencias, Tomás Berrocal Vidal, confirmó que el fuego ha quemado 3.000 hectáreas y que cientos de vecinos han sido desalojados.\n\n' +
  '"Se ha producido en el peor sitio posible", resume el alcalde de Lubrín, Ernesto Paredes Gil. La zona tiene barrancos y casas dispersas.\n\n' +
  `${opening} "Si las autoridades piden evacuar, es clave seguir esas instrucciones", ha insistido.`;

describe('the role a new paragraph opens on', () => {
  it('speaks for the person the story gave that role, not for the last speaker', () => {
    expect(speakersOf(roles('El consejero ha lanzado además un mensaje a la población.'), 'es')).toEqual(['Ernesto Paredes Gil', 'Tomás Berrocal Vidal']);
  });
  it('leaves it to the last speaker when the role is the last speaker\'s own', () => {
    expect(speakersOf(roles('El alcalde ha lanzado además un mensaje a la población.'), 'es')[1]).toBe('Ernesto Paredes Gil');
  });
});
