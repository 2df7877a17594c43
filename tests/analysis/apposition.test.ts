// The head of an apposition speaks, not the name in its modifier: "Le colistier de Marc Durand, Paul Lefèvre, …
// a-t-il raconté" is Paul Lefèvre's; "said Mark Dalton’s running mate, Paul Fisher" is Paul Fisher's. Invented text,
// the product's path (the language's tagger model, the trained ranker), in en, fr, de and es.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string, lang: string, ranker?: null) =>
  analyzeArticle({ text, lang }, { ner: loadNerModel(lang), attribution: { ranker } }).quotes.map((q) => q.speaker);

describe('a pronoun after a phrase whose apposition names someone', () => {
  const cases: [string, string, string][] = [
    ['en', 'Mark Dalton’s running mate, Paul Fisher, spoke in Ohio on Saturday. “I had a guardian angel by my side that day,” he said.', 'Paul Fisher'],
    ['fr', 'Le colistier de Marc Durand, Paul Lefèvre, a parlé devant la foule samedi. « J’avais un ange gardien à mes côtés ce jour-là », a-t-il raconté.', 'Paul Lefèvre'],
    ['de', 'Der Vizekandidat von Markus Dorn, Paul Fischer, trat am Samstag in Köln auf. „Ich hatte an dem Tag einen Schutzengel an meiner Seite“, sagte er.', 'Paul Fischer'],
    ['es', 'El compañero de fórmula de Marcos Durán, Pablo Fernández, habló el sábado en Toledo. «Tenía un ángel de la guarda a mi lado ese día», dijo él.', 'Pablo Fernández'],
  ];
  it('goes to the apposition, not to the name in the modifier (rules and ranker)', () => {
    for (const [lang, text, want] of cases) {
      expect(speakers(text, lang), lang).toEqual([want]);
      expect(speakers(text, lang, null), `${lang}, rules alone`).toEqual([want]);
    }
  });
});

describe('a speaker phrase after the verb', () => {
  const cases: [string, string, string][] = [
    ['en', '“I had a guardian angel by my side that day,” said Mark Dalton’s running mate, Paul Fisher.', 'Paul Fisher'],
    ['fr', '« J’avais un ange gardien à mes côtés ce jour-là », a raconté le colistier de Marc Durand, Paul Lefèvre.', 'Paul Lefèvre'],
    ['fr', '« Les ventes reprendront plus tard que prévu », prévient le PDG, Pierre Lemaire.', 'Pierre Lemaire'],
    ['de', '„Ich hatte an dem Tag einen Schutzengel an meiner Seite“, sagte der Vizekandidat von Markus Dorn, Paul Fischer.', 'Paul Fischer'],
    ['es', '«Tenía un ángel de la guarda a mi lado ese día», contó el compañero de fórmula de Marcos Durán, Pablo Fernández.', 'Pablo Fernández'],
  ];
  it('runs through the modifier to the name set beside it', () => {
    for (const [lang, text, want] of cases) expect(speakers(text, lang), lang).toEqual([want]);
  });
});

describe('a name in a modifier with no apposition', () => {
  it('is not taken for the subject the pronoun stands for', () => {
    const en = 'Anna Berg chaired the meeting. Mark Dalton’s lawyer spoke after her. “My client is innocent,” he said.';
    const fr = 'Anne Roy présidait la séance. L’avocat de Marc Durand a parlé ensuite. « Mon client est innocent », a-t-il dit.';
    expect(speakers(en, 'en')).not.toEqual(['Mark Dalton']);
    expect(speakers(fr, 'fr')).not.toEqual(['Marc Durand']);
  });

  it('leaves a list of names alone: the last one named before the pronoun keeps it', () => {
    const t = 'Paul Fisher, Mark Dalton, and Anna Berg arrived late. Mark Dalton spoke to the press afterwards. “We will win,” he said.';
    expect(speakers(t, 'en')).toEqual(['Mark Dalton']);
  });
});
