// German capitalises every noun: a capitalised run joined by a particle that the tagger left alone is a noun phrase
// ("Spitze des Zentrums"), not a party.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const TEXT = [
  'Wien. Die frühere Ministerin Anna Berger wird Generaldirektorin des Zentrums für Asylfragen. Die Organisation wurde 1993 von der Schweiz und Österreich gegründet.',
  'Erste Frau an Spitze der Organisation',
  'Berger ist die erste Frau an der Spitze des Zentrums. Die Vorsitzende des Gremiums, Sofia Lindgren, lobte die Wahl. "Die Erfahrung und die Fähigkeiten von Anna Berger werden helfen, die Arbeit des Zentrums bei der Entwicklung der Asylpolitik zu stärken", betonte die stellvertretende Direktorin im schwedischen Ministerium.',
].join('\n\n');

describe('noun phrases where every noun is capitalised', () => {
  const names = analyzeArticle({ text: TEXT, lang: 'de', title: null, site: null }, { ner: loadNerModel('de') }).parties.map((p) => p.name);
  it('lists no noun phrase joined by an article as a party', () => {
    expect(names.some((n) => /Entwicklung|Spitze de/.test(n))).toBe(false);
  });
  it('keeps the people and the countries', () => {
    expect(names).toEqual(expect.arrayContaining(['Sofia Lindgren', 'Schweiz', 'Österreich']));
  });
});
