// "the <post> of <organisation>" with a post no list knows ("el team principal de la Escudería Red Bull") is the person the text
// named just before, not the organisation speaking.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('an unknown post of an organisation', () => {
  it('is the person named just before', () => {
    const text = 'Los rumores apuntaban a otra alianza. A este clima casi bélico Christian Horner quiso arrojar su propia lata de gasolina. "La sanción se basó en la histeria de George", abundó el team principal de la Escudería Red Bull.';
    const q = analyzeArticle({ text, lang: 'es' }).quotes[0]!;
    expect(q.speaker).toBe('Christian Horner');
  });

  it('is not a thing "for" an organisation', () => {
    const text = 'Podesta said the work was vetted. A legal opinion drafted for the project for Mercury concluded that the centre was a "foreign principal" under the law.';
    const q = analyzeArticle({ text, lang: 'en' }).quotes.find((x) => x.text === 'foreign principal');
    expect(q?.speaker ?? null).not.toBe('Podesta');
  });
});
