// Who a pronoun, a role or a bare word stands for, as the product runs (with the language's model): the person who
// became the subject since the last quotation, never a person named inside a quotation, never a common noun.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const model = loadNerModel;
const run = (text: string, lang: string) => analyzeArticle({ text, lang }, { ner: model(lang) });
const speakers = (text: string, lang: string) => run(text, lang).quotes.map((q) => q.speaker);

describe('a pronoun after a new subject', () => {
  it('goes to the person who became the subject since the last quotation, wherever the sentence opened', () => {
    const de = [
      'Andreas Heller leitet die Schule seit zehn Jahren. „Wir wollen vorne sein“, sagt er.',
      'Mathematik in der achten Klasse, Lehrer Rejhan Nisic moderiert. „Wir haben einen Chatbot gebaut“, erklärt er.',
    ].join('\n\n');
    expect(speakers(de, 'de')).toEqual(['Andreas Heller', 'Rejhan Nisic']);
    const en = [
      'Witness Paul Greer spoke first. “I saw the car,” he said.',
      'Regarding the tweets, Dora Mpanga adopted a calm tone. “None of them incited anything,” she said.',
    ].join('\n\n');
    expect(speakers(en, 'en')).toEqual(['Paul Greer', 'Dora Mpanga']);
  });

  it('keeps the last speaker when the new name is only an object of a preposition', () => {
    const t = 'Senator Ruth Calder spoke first. “We will vote no,” she said. She then wrote a letter to Mary Olin. “The bill is dead,” she said.';
    expect(speakers(t, 'en')).toEqual(['Ruth Calder', 'Ruth Calder']);
  });
});

describe('a role or a word that names nobody', () => {
  it('never gives a role to a person named inside a quotation', () => {
    const t = 'Murat Kessler war nach dem Spiel wütend: „Es gab keinen Grund, dem Spieler Gelb zu geben.“\n\nDer Verband hatte eine andere Meinung. „Er wurde vorher attackiert“, sagte der Trainer.';
    expect(speakers(t, 'de')[1]).toBe('Murat Kessler');
  });

  it('takes no lone capitalised German noun for a new person, but a body’s compound name for the body', () => {
    const t = 'Der Trainer ärgerte sich, dass die Regel nur Anwendung fand: „Es gab keinen Grund dafür.“\n\nAus dem Schulministerium heißt es, es sei klar, „dass neue Fortbildungsangebote für die Lehrer nötig sind“.';
    const r = run(t, 'de');
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Anwendung');
    expect(r.parties.map((p) => p.name)).not.toContain('Anwendung');
  });

  it('gives a definite role to a holder named before it or right after it, not to one met paragraphs later', () => {
    const filler = 'The street was quiet that night and the neighbours slept. '.repeat(8);
    const t = `According to reports, the officer recalled: “I knocked on the door for ten minutes.”\n\n${filler}\n\nPolice officer Dan Reyes arrived later.`;
    expect(speakers(t, 'en')).toEqual([null]);
    expect(speakers('The minister, Ana Lis, spoke first. “We will build,” the minister said.', 'en')).toEqual(['Ana Lis']);
  });

  it('reads no English word as a name written in CJK script', () => {
    const t = 'The crowd grew loud. “Call the roll,” came shouts from the floor.';
    expect(speakers(t, 'en')).not.toContain('came');
  });
});

describe('a quotation the text repeats', () => {
  it('gives a headline’s or pull quote’s quotation the speaker the story gives it, and only there', () => {
    const t = [
      'Schools and software – “They get faster and more successful”',
      'The school tried a new program this spring. Its IT head, Omar Aziz, watched the classes.',
      'He says: “It is not that children get lazy. They get faster and more successful.”',
    ].join('\n\n');
    expect(run(t, 'en').quotes.map((q) => q.speaker)).toEqual(['Omar Aziz', 'Omar Aziz']);
    // a phrase somebody coined, quoted back inside a longer paragraph, keeps no speaker of its own
    const coined = 'Kim Lee said the plan would “make the city whole again” on Monday. Critics in the city council, who met on Tuesday, mocked the idea that it would “make the city whole again” at all.';
    expect(run(coined, 'en').quotes.map((q) => q.speaker)[1]).not.toBe('Kim Lee');
  });
});

describe('the words after a quotation', () => {
  it('let the next pattern try when one finds no plausible speaker, and pass over a name in quotation marks', () => {
    const t = [
      'Murat Kessler war nach dem Spiel wütend. „Das ist eine Regel ohne Sinn“, ereiferte sich der Coach nach dem Spiel und sagte: „Wir sind bestraft worden.“',
      'Kessler blieb dabei. „Das war absurd“, sagte der Coach der „Nati“ nach dem Spiel.',
    ].join('\n\n');
    expect(speakers(t, 'de')).toEqual(['Murat Kessler', 'Murat Kessler', 'Murat Kessler']);
  });
});

describe('a participle after a verb of saying', () => {
  it('gives the quotation to whoever said, not to the first name of the sentence', () => {
    const t = [
      'Mateo Ruiz left as soon as the prayers were finished, Ali Nefzi said, adding, “He was not very religious.”',
      'Ruiz and the mayor will meet next week, said Dana Spicer, adding that both “need to sit down and talk.”',
    ].join('\n\n');
    expect(speakers(t, 'en')).toEqual(['Ali Nefzi', 'Dana Spicer']);
  });
});

describe('the sentence before a quotation', () => {
  it('lends no speaker to a sentence that has its own verb of saying', () => {
    const t = 'Senator Jane Porter condemned the proposal on Monday. The groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”';
    expect(speakers(t, 'en')).not.toContain('Jane Porter');
    // without a verb of its own, the quotation still takes the speaker of the sentence before
    expect(speakers('Senator Jane Porter said the bill was dead. “We will vote against it on Friday.”', 'en')).toEqual(['Jane Porter']);
  });
});

describe('a verb of saying that governs the clause after it', () => {
  it('gives a quotation in “X said (that) he … Y will …” to X, not to the clause’s own subject', () => {
    const t = 'Tom Ashby said he is certain Rita Velez will continue to be “a champion for every family in the county.”';
    expect(speakers(t, 'en')).toEqual(['Tom Ashby']);
    const de = 'Karl Berg sagte, er sei sicher, dass Anna Lind weiter „eine Stimme für alle Familien im Land“ bleiben werde.';
    expect(speakers(de, 'de')).not.toContain('Anna Lind');
  });
});

describe('a connector is no speaker', () => {
  it('gives no new person for a word the text capitalises only at sentence starts ("Además insistió …: “…”")', () => {
    const text = [
      'El ministro Tomás Arriaga habló el domingo en Valdemora ante los alcaldes de la comarca y los vecinos del valle.',
      'Dijo que además del puente, la comarca necesita un hospital nuevo antes del invierno.',
      'Además insistió en la apuesta por la reforma: “el valle no puede esperar otro año a que llegue el dinero”.',
    ].join('\n\n');
    const q = analyzeArticle({ text, lang: 'es' }, { ner: loadNerModel('es') }).quotes.find((x) => x.text.startsWith('el valle'));
    expect(q?.speaker).not.toBe('Además');
  });
});
