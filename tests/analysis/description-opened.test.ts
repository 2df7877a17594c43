// A sentence opened by a description that names nobody ("El campeón eligió … contra Ruiz") is about that unnamed
// one: a pronoun or a dropped subject after it continues the description, never the name its predicate mentions;
// the description is the person the headline names first, when it names one. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string, lang: string, title?: string) =>
  analyzeArticle({ text, lang, title }, { ner: loadNerModel(lang) }).quotes.map((q) => q.speaker);

const ES = 'El ingeniero felicitó a Marco Lenz, ganador de la carrera de Sevilla.\n\n'
  + 'El campeón eligió la radio del circuito para cargar contra Pablo Ruiz. Le preguntaron si hablaría con él y él contestó: "no, por ahora no, de ninguna manera".\n\n'
  + 'Las imágenes del sábado fueron el detonante para el piloto. "Nunca he visto a nadie tratando de hundir así a un rival", confesó.';

describe('a sentence opened by a description that names nobody', () => {
  it('gives the pronoun and the dropped subject after it to the person the headline names', () => {
    expect(speakers(ES, 'es', 'La venganza de Lenz frente a Ruiz')).toEqual(['Marco Lenz', 'Marco Lenz']);
  });
  it('gives them to nobody without a headline, never to the name the predicate mentions', () => {
    expect(speakers(ES, 'es')).not.toContain('Pablo Ruiz');
  });
  it('leaves a name the description is made of its own ("the words of Lincoln")', () => {
    const t = 'A speech remembered\n\nThis speech recalls the very words of Abraham Lincoln in his second inaugural address. He concluded, “With malice toward none, with charity for all, let us strive on.”';
    expect(speakers(t, 'en')).toEqual(['Abraham Lincoln']);
  });
});
