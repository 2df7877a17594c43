// Spanish verbs of saying in the imperfect ("explicaba", "decía") and reflexive ("se preguntaba") attribute a quotation
// as the preterite does. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('Spanish imperfect and reflexive verbs of saying', () => {
  it('an imperfect verb and its subject after the quotation', () => {
    const t = 'La cumbre empezó el lunes en Lisboa. “Esperamos un acuerdo amplio sobre el agua antes del verano”, explicaba la ministra Carmen Olmedo en una nota.';
    expect(speakerOf(t, 'Esperamos un acuerdo', 'es')).toBe('Carmen Olmedo');
  });
  it('a reflexive verb with no subject continues the subject of the sentence before', () => {
    const t = 'La ministra Carmen Olmedo reafirmó en la mañana que el trasvase es “la única salida” para la región. “¿Cuál es la alternativa? ¿Esperar otro año sin agua? (...) ¿Cerrar los campos?”, se preguntaba en unas declaraciones a la radio pública.';
    expect(speakerOf(t, 'Cuál es la alternativa', 'es')).toBe('Carmen Olmedo');
  });
});

describe('a sentence that points back at the quotation before it', () => {
  it('names the speaker after its verb of saying (es)', () => {
    const t = 'El fuego arrasó tres pueblos durante la noche. “Es una tragedia enorme, una desgracia y un horror”. Con esas palabras ha descrito Marta Quintero un incendio que sigue activo.';
    expect(speakerOf(t, 'Es una tragedia enorme', 'es')).toBe('Marta Quintero');
  });
  it('"así lo" and an inverted subject (es)', () => {
    const t = 'El fuego arrasó tres pueblos durante la noche. “Estamos ante una situación muy grave. Hoy es una jornada trágica”. Así lo ha resumido el consejero, Tomás Llorente, en la rueda de prensa.';
    expect(speakerOf(t, 'Estamos ante una situación', 'es')).toBe('Tomás Llorente');
  });
});

describe('a sentence that points back at the end of the sentence before, a quotation', () => {
  it('names the speaker after a framing verb and the object pronoun (de: "So beschreibt es X")', () => {
    const t = 'Die Kriminologin Anna Weber sagte: „Die Radikalisierung nimmt zu, das lässt sich überall beobachten.“ Viele junge Leute suchen Rat im Netz. '
      + 'Welcher Gruppe sie sich am Ende anschließen, „ist oft nur ein reiner Zufall“. So beschreibt es Jonas Berger, deutscher Autor aus Köln.';
    expect(speakerOf(t, 'ist oft nur ein reiner Zufall', 'de')).toBe('Jonas Berger');
  });
});

describe('Italian and Portuguese verbs of saying in the imperfect', () => {
  it('it: "spiegava" and its subject after the quotation', () => {
    const t = 'Il governo discute il bilancio da settimane. «Non possiamo aumentare ancora il debito pubblico nei prossimi anni», spiegava il ministro Carlo Benedetti in un\'intervista.';
    expect(speakerOf(t, 'Non possiamo aumentare', 'it')).toBe('Carlo Benedetti');
  });
  it('pt: "perguntava" with no subject continues the subject before', () => {
    const t = 'O ministro Carlos Antunes reafirmou de manhã que o plano é «a única saída» para a região. «Qual é a alternativa? Esperar mais um ano sem água? Fechar os campos?», perguntava.';
    expect(speakerOf(t, 'Qual é a alternativa', 'pt')).toBe('Carlos Antunes');
  });
});
