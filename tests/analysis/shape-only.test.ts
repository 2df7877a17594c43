// A "person" of several words whose only person evidence is its capitals (and an unsure tagger): a competition, a
// product or a club of things' words is no person (left out, or a body where the text says so), and lends no type
// to the names listed beside it; a person's name beside them stays a person. Invented text, the shipped models.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name || p.aliases.includes(name))?.type ?? null;

describe('names with no person evidence but their capitals', () => {
  const series = [
    'Nesta página você terá sempre a classificação atualizada da liga até a última corrida.',
    'Classificação final da Monster Energy Cup Series em 2019 após 36 etapas. O piloto Marcos Tavares venceu cinco corridas e ficou com o título.',
    '* Clique no link para ver o calendário completo da Cup, Xfinity e Truck Series',
    '* O calendário da Cup é composto por 36 corridas.',
  ].join('\n\n');

  it('a series of things\' words is no person', () => {
    expect(typeOf(series, 'pt', 'Monster Energy Cup Series')).not.toBe('person');
    expect(typeOf(series, 'pt', 'Truck Series')).not.toBe('person');
  });

  it('lends no person type to the name listed beside it', () => {
    expect(typeOf(series, 'pt', 'Xfinity')).not.toBe('person');
  });

  it('leaves a person\'s name a person', () => {
    expect(typeOf(series, 'pt', 'Marcos Tavares')).toBe('person');
  });

  it('a club the text names with an article, again and again, is a body', () => {
    const text = [
      'Tras cinco derrotas seguidas, el Alcázar Patrimonio volvió a puntuar en su lucha por la permanencia. El partido en el pabellón comenzó con una ocasión del Alcázar Patrimonio.',
      'Poco a poco, la pista mostraba a un Alcázar Patrimonio sin ideas. Aun así, el Alcázar Patrimonio culminó la remontada antes del descanso con un gol de Iván Robles.',
      '"Hemos sufrido mucho", dijo Iván Robles al terminar.',
    ].join('\n\n');
    expect(typeOf(text, 'es', 'Alcázar Patrimonio')).toBe('organization');
    expect(typeOf(text, 'es', 'Iván Robles')).toBe('person');
  });
});
