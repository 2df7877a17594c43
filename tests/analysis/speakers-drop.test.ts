// Two speaker faults seen on real pages, on invented text: a sentence with no subject ("Además insistió en que «…»")
// continues the story's speaker in languages that drop subject pronouns; whom words were said to ("dijo X al Diario
// del Sur", "sagte X dem Kurier") is no part of the speaker's name.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;

describe('a subjectless sentence of saying (pro-drop)', () => {
  const cases: [string, string][] = [
    ['es', 'El ministro de Exteriores, Manuel Arbeloa, se reunió el lunes con sus homólogos europeos en la capital. «Tenemos que actuar ya», dijo Arbeloa ante la prensa.\n\nAdemás insistió en que «el pueblo vecino no puede estar condenado eternamente a esperar» y pidió más ayuda.'],
    ['pt', 'O ministro dos Negócios Estrangeiros, Manuel Arbeloa, reuniu-se na segunda-feira com os seus homólogos europeus. «Temos de agir já», disse Arbeloa aos jornalistas.\n\nAlém disso, insistiu que «o povo vizinho não pode ficar condenado eternamente a esperar» e pediu mais ajuda.'],
    ['it', 'Il ministro degli Esteri, Manuel Arbeloa, ha incontrato lunedì i suoi omologhi europei nella capitale. «Dobbiamo agire subito», ha detto Arbeloa ai giornalisti.\n\nInoltre ha insistito che «il popolo vicino non può essere condannato per sempre ad aspettare» e ha chiesto più aiuti.'],
  ];
  it('has the speaker named before', () => {
    for (const [lang, text] of cases) expect(speakers(text, lang), lang).toEqual(['Manuel Arbeloa', 'Manuel Arbeloa']);
  });
  it('a named subject before the verb still speaks', () => {
    const t = 'El ministro de Exteriores, Manuel Arbeloa, se reunió el lunes con sus homólogos. «Tenemos que actuar ya», dijo Arbeloa.\n\nLa alcaldesa Rosa Velarde insistió en que «la ciudad no puede esperar más tiempo para recibir la ayuda».';
    expect(speakers(t, 'es')).toEqual(['Manuel Arbeloa', 'Rosa Velarde']);
  });
});

describe('whom the words were said to', () => {
  const cases: [string, string, string][] = [
    ['es', '«Lo he perdido todo en una noche», dijo Marcos Dalto al Diario del Sur el lunes.', 'Marcos Dalto'],
    ['de', '„Ich habe alles in einer Nacht verloren“, sagte Markus Dahl der Rheinischen Zeitung am Montag.', 'Markus Dahl'],
    ['es', '«No cederemos nunca ante nadie», dijo María de la Cruz al Diario del Sur el lunes.', 'María de la Cruz'],
  ];
  it('is not part of the speaker', () => {
    for (const [lang, text, who] of cases) expect(speakers(text, lang), lang).toEqual([who]);
  });
  it('a name with particles stays whole', () => {
    expect(speakers('«No cederemos nunca ante nadie», dijo Bashar al Asad a la prensa el lunes.', 'es')).toEqual(['Bashar al Asad']);
    expect(speakers('« Nous ne céderons jamais devant personne », a déclaré Charles de Gaulle au Courrier du Midi.', 'fr')).toEqual(['Charles de Gaulle']);
  });
  it('a role keeps its genitive', () => {
    const t = 'Auf ihrer Internetseite kritisiert die Thüringer Landesvorsitzende der Familienunternehmen, Colette Boos-John, den Auftritt hart. „Herr Hacke hat die Maske fallen lassen“, schreibt sie.';
    expect(speakers(t, 'de')).toEqual(['Colette Boos-John']);
  });
});

describe('a role after a preposition fused with its article', () => {
  it('is the person the story named ("a juicio del mandatario")', () => {
    const t = 'Horas antes de la salida, Mohammed Ben Sulayem, presidente de la federación, replicó a la carta abierta de los pilotos: "Son nuestras reglas y las aplicamos como creemos". A juicio del mandatario emiratí, los pilotos han de "concentrarse en lo que mejor saben hacer, que es correr".';
    expect(speakers(t, 'es')).toEqual(['Mohammed Ben Sulayem', 'Mohammed Ben Sulayem']);
  });
});
