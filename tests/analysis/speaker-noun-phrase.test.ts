// A speaker's phrase is its noun phrase: whom the words were said to, when and how they were said, and a measure of
// the person are no part of it, and a person's description never stands for a body. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const quote = (text: string, lang: string, words: string) => analyse(text, lang).quotes.find((q) => q.text.includes(words));

describe('the speaker phrase ends with its noun phrase', () => {
  const de = 'Spionage an Hochschulen\n\nDas Magazin Nordblick hat monatelang recherchiert. Die Ermittler prüfen Kontakte nach Asien.\n\n'
    + '„Das Land füllt diese Lücke mit Spionage“, sagte ein hoher Beamter eines Nachrichtendienstes zu Nordblick.\n\n'
    + '„Wir werden das nicht hinnehmen“, sagte der Politiker Karl-Theodor zu Guttenberg.';
  it('cuts whom the words were said to after a common noun, and the outlet does not speak', () => {
    const q = quote(de, 'de', 'Lücke');
    expect(q?.speakerMention).toBe('ein hoher Beamter eines Nachrichtendienstes');
    expect(q?.speaker).toBeNull();
  });
  it('keeps a particle inside a name', () => expect(quote(de, 'de', 'hinnehmen')?.speakerMention).toContain('zu Guttenberg'));

  const es = 'Detenido un agente en Lárisa\n\nLa policía detuvo el lunes a un agente acusado de maltratar a sus hijos.\n\n'
    + '«Mis hijos tenían miedo de volver a casa», explicó la madre de los menores durante la entrevista televisiva.\n\n'
    + '«Nadie nos escuchó durante años», declaró la mujer de 35 años de edad.';
  it('cuts a phrase of time or manner after the noun phrase', () => expect(quote(es, 'es', 'miedo')?.speakerMention).toBe('la madre de los menores'));
  it('cuts a measure of the person', () => expect(quote(es, 'es', 'Nadie')?.speakerMention).toBe('la mujer'));
});

describe('a person noun resolves to a person or to nobody', () => {
  const es = 'Detenido un agente en Lárisa\n\nLa policía detuvo el lunes a un agente acusado de maltratar a sus hijos. El caso llegó al Parlamento de Grecia.\n\n'
    + '«Mis hijos tenían miedo de volver a casa», explicó la madre de los menores durante la entrevista televisiva. La fiscalía investiga ahora el caso.\n\n'
    + '«Nadie nos escuchó durante años», declaró la mujer de 35 años de edad.';
  it('never gives a description of a person to the body named last', () => {
    const q = quote(es, 'es', 'Nadie');
    expect(q?.speakerMention).toBe('la mujer');
    expect(q?.speaker).toBeNull();
  });
});
