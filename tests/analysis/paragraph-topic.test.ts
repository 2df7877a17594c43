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
