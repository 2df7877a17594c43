// Sources a careful reader finds without a verb of saying naming them: a phrase set off by commas that says whose
// view the sentence states ("Para Hurtado, …", "Pour la syndicaliste, …"); a person described by age ("the
// 56-year-old said", "sagte der 56-Jährige"); a definite role paragraphs after the person was named. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;

describe('a phrase giving whose view the sentence states', () => {
  it('names the source (es), before the subject or between commas', () => {
    const t = 'La jueza Marta Quintana ha citado a declarar al alcalde. Para Quintana, el alcalde fue quien “dio las órdenes” aquel día.\n\nEstos mensajes, para Quintana, son “reveladores de una gran prisa”.';
    expect(speakers(t, 'es')).toEqual(['Marta Quintana', 'Marta Quintana']);
  });
  it('names the source (fr) with a role, and a verb of saying after it still wins', () => {
    const t = 'Claire Berthier a rencontré le ministre mardi. Pour Mme Berthier, il n’existe qu’une voie pour « sortir de la crise » cet automne. Pour la syndicaliste, le patron Marc Vidal a dit que « tout va bien ».';
    expect(speakers(t, 'fr')).toEqual(['Claire Berthier', 'Marc Vidal']);
  });
  it('needs a party, a role or a pronoun after it, not a time phrase', () => {
    const t = 'Harold Finch met the governor on Monday. For years, the state has been “a laboratory of reform”, the report says nothing more.';
    expect(speakers(t, 'en')[0]).not.toBe('Harold Finch');
  });
});

describe('a person described by age', () => {
  it('is the person the story is about (en)', () => {
    const t = 'Jose Almeida has agreed a deal to coach the club until 2027.\n\nThe Portuguese coach had been out of work since December.\n\nThe 56-year-old said after his appointment: "I am excited to be joining a club with such a great history."';
    expect(speakers(t, 'en')).toEqual(['Jose Almeida']);
  });
  it('is the person the story is about (de)', () => {
    const t = 'Jürgen Kessler hat einen Vertrag bis 2027 unterschrieben. „Ich freue mich sehr auf die Aufgabe“, sagte der 56-Jährige am Mittwoch.';
    expect(speakers(t, 'de')).toEqual(['Jürgen Kessler']);
  });
});

describe('a definite role with no holder named near', () => {
  it('stands for the person the story goes on about (fr)', () => {
    const t = 'Sophie Marchal, secrétaire générale du syndicat, a été reçue à l’Elysée mercredi. Elle a exposé ses revendications pendant deux heures, sans rien obtenir de neuf sur les salaires ni sur les retraites, a-t-on appris de plusieurs sources proches du dossier.\n\nLa rencontre s’est tenue dans le bureau du président, en présence de deux conseillers, et a duré plus longtemps que prévu, selon l’agenda officiel publié le matin même par les services de la présidence.\n\nPour la syndicaliste, il n’existe qu’une seule voie pour « apaiser la colère » des salariés.';
    expect(speakers(t, 'fr')).toEqual(['Sophie Marchal']);
  });
  it('far from any name, stands for the person who spoke last (es)', () => {
    const filler = 'La reunión de los ministros duró toda la tarde y terminó sin un acuerdo sobre el reparto de los fondos, según fuentes diplomáticas. '.repeat(14);
    const t = `“Este es un conjunto de soluciones europeas”, dice Carmen Aldama.\n\n${filler}\n\nEl acuerdo con Turquía “sigue siendo clave”, dice la jefa del Ejecutivo comunitario.`;
    expect(speakers(t, 'es')).toEqual(['Carmen Aldama', 'Carmen Aldama']);
  });
});
