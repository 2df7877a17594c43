// A definite description no word list knows ("der Leseforscher", "la geógrafa") stands for a person, not for the
// organisation named last: the person the text introduced with that noun, the person whose affiliation that
// organisation was, or the story's current voice. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a description no word list knows', () => {
  it('is the person the text introduced with the same noun, not the body named after', () => {
    const t = 'Lesen am Bildschirm\n\nDer Bremer Leseforscher Tobias Wendland hat Studierende befragt. Die Hochschule Bremen hat die Studie bezahlt.\n\n"Am Bildschirm lesen wir schneller, aber wir behalten weniger vom Text", sagt der Leseforscher.';
    expect(speakerOf(t, 'Am Bildschirm', 'de')).toBe('Tobias Wendland');
  });
  it('is not the organisation that was only a person’s affiliation', () => {
    const t = 'Lesen am Bildschirm\n\nMarkus Albers von der Universität Hamburg hat Studierende befragt.\n\n"Am Bildschirm lesen wir schneller, aber wir behalten weniger vom Text", sagt der Medienpädagoge.';
    expect(speakerOf(t, 'Am Bildschirm', 'de')).toBe('Markus Albers');
  });
  it('is the speaker of the quotation before when nobody new was named since', () => {
    const t = 'Sequía en el sur\n\n“El agua de los embalses no llega para el verano”, dice Lucía Carmona. La sequía afecta a toda la comarca desde hace meses.\n\n“Hay que cambiar los cultivos cuanto antes”, añade la geógrafa.';
    expect(speakerOf(t, 'Hay que cambiar', 'es')).toBe('Lucía Carmona');
  });
  it('is the one person named since that quotation', () => {
    const t = 'Sequía en el sur\n\n“El agua de los embalses no llega para el verano”, dice Lucía Carmona. También habló Marta Ibáñez en la reunión de la comarca.\n\n“Hay que cambiar los cultivos cuanto antes”, añade la geógrafa.';
    expect(speakerOf(t, 'Hay que cambiar', 'es')).toBe('Marta Ibáñez');
  });
});
