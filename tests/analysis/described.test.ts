// Descriptions a careful reader resolves from the story, with no word list naming them: a definite spokesperson to
// the spokesperson the story named, "la ONG" / "el texto" to the organisation named just before, a quotation
// paragraph to the subject of the paragraph that announces it with a colon. Invented text, en/de/es.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string, lang: string, ranker?: null) =>
  analyzeArticle({ text, lang }, { ner: loadNerModel(lang), attribution: { ranker } }).quotes.map((q) => q.speaker);

describe('a definite spokesperson', () => {
  it('is the spokesperson the story named, though the words differ', () => {
    const es = 'El portavoz militar de los insurgentes, Yahir Sandoval, señaló en un comunicado que el movimiento atacó el aeropuerto. «La operación logró su objetivo y seguiremos adelante», afirmó el portavoz del grupo rebelde apoyado por sus aliados.';
    const en = 'The group’s military spokesman, Yahir Sandoval, said in a statement that the movement had hit the airport. “The operation achieved its goal and we will go on,” the spokesman for the rebel group backed by its allies said.';
    expect(speakers(es, 'es')).toEqual(['Yahir Sandoval']);
    expect(speakers(en, 'en')).toEqual(['Yahir Sandoval']);
  });

  it('an indefinite one stays somebody new', () => {
    const en = 'The group’s military spokesman, Yahir Sandoval, spoke on Monday. “We were not told anything,” a spokesman for the airport said.';
    expect(speakers(en, 'en')).not.toEqual(['Yahir Sandoval']);
  });
});

describe('a two-word description of a body', () => {
  it('speaks for the organisation named just before', () => {
    const es = 'El domingo, el Comité Internacional de Socorro ha denunciado la muerte de dos de sus trabajadores en el sur. «Estamos desconsolados por la muerte de nuestros colegas», explica la ONG en un comunicado.\n\n«Su muerte pone de manifiesto el número intolerable de víctimas civiles», añade el texto.';
    expect(speakers(es, 'es')).toEqual(['Comité Internacional de Socorro', 'Comité Internacional de Socorro']);
  });

  it('not across a person who became the subject since', () => {
    const es = 'El domingo, el Comité Internacional de Socorro publicó su informe anual. Después, Lucía Ferrer presentó su propia carta al ministerio. «No podemos esperar más», dice la carta.';
    expect(speakers(es, 'es')).not.toEqual(['Comité Internacional de Socorro']);
  });
});

describe('a quotation paragraph after a paragraph that announces it with a colon', () => {
  it('goes to the subject after a fronted clause, or to the name after the verb', () => {
    const fronted = 'Anna Berg was photographed with Tom Keller in 1983. When Keller died in 1998, Governor Berg released the following statement:\n\n“We offer our condolences to the family and friends of Tom Keller.”';
    const inverted = 'Lena Vogt was speaking on a radio programme about the vote.\n\nStated Vogt:\n\n“I think that the stakes are so high and the choice is clear.”';
    expect(speakers(fronted, 'en', null)).toEqual(['Anna Berg']);
    expect(speakers(inverted, 'en', null)[0]).toMatch(/Vogt/);
    const de = 'Anna Berger traf Thomas Keller im Jahr 1983. Als Keller 1998 starb, veröffentlichte Bürgermeisterin Berger folgende Erklärung:\n\n„Wir sprechen der Familie und den Freunden von Thomas Keller unser Beileid aus.“';
    expect(speakers(de, 'de', null)).toEqual(['Anna Berger']);
  });
});
