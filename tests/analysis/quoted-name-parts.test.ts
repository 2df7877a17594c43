// Marked words that are no speech by their place: the end of a body's name ("Verein für „…“"), and a crosshead
// copying words the story quotes below it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const texts = (t: string, lang: string) => analyse(t, lang).quotes.map((q) => q.text);

describe('words in marks that finish a body’s name', () => {
  const t = 'Ein Netzwerk in Bayern\n\nDer Ingenieur Liang Wen leitet eine Firma in Wuhan. „Wir haben nichts zu verbergen“, sagte Wen am Montag.\n\n'
    + 'Wen sitzt auch im Vorstand eines deutsch-chinesischen Vereins für „Wissenschafts-, Bildungs- und Kulturaustausch“, der 2014 gegründet wurde. '
    + 'Der Verein ist in Solln gemeldet.';
  it('are no quotation', () => expect(texts(t, 'de')).toEqual(['Wir haben nichts zu verbergen']));
});

describe('a crosshead copying quoted words', () => {
  const t = 'Doctors ask to visit the camps\n\nA group of physicians wrote to the agency on Monday.\n\n“Alarming mortality rate”\n\n'
    + '“In our opinion, this alarming mortality rate is an emergency,” the letter said.';
  it('is no second quotation', () => expect(texts(t, 'en')).toEqual(['In our opinion, this alarming mortality rate is an emergency,']));
  it('with a label before it on its line, neither', () => {
    expect(texts(t.replace('“Alarming mortality rate”', 'Critics of the agency: “Alarming mortality rate”'), 'en')).toHaveLength(1);
  });
  it('two copies each in a sentence of its own line are two statements, not a heading: the quotation stays', () => {
    const said = 'In one post on Friday, Mayor Alma Ruiz said: “Did the council help the developer build the bridge so it could win the vote?”';
    const story = `Council row\n\n${said}\n\nThe council denied it on Saturday.\n\n${said}\n\nRuiz offered no proof.`;
    const found = analyse(story, 'en').quotes.filter((q) => q.text.startsWith('Did the council'));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.speaker).toBe('Alma Ruiz');
  });
});
