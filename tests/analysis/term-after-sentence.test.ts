// A word or two in quotation marks that no verb of its own sentence frames is a term or a scare quote: the subject of
// the sentence before did not say it, even when that sentence has a verb that can frame speech ("promising").
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const EN = `Northwind has revealed its second electric car at the show.

Inside, Northwind is promising space for five adults. With the small front trunk, or “frunk,” you get 21 cubic feet in total. A power tailgate is standard.`;

const FR = `Northwind a présenté sa deuxième voiture électrique au salon.

À l’intérieur, Northwind promet de la place pour cinq adultes. Avec le petit coffre avant, ou « frunk », on dispose de 600 litres au total. Le hayon électrique est de série.`;

describe('a term after a sentence about a body', () => {
  it('is nobody’s quotation (en)', () => {
    expect(analyse(EN, 'en').quotes.find((q) => q.text.startsWith('frunk'))).toBeUndefined();
  });

  it('is nobody’s quotation (fr)', () => {
    expect(analyse(FR, 'fr').quotes.find((q) => q.text.startsWith('frunk'))).toBeUndefined();
  });

  it('stays the speaker’s word in reported speech (de)', () => {
    const text = `Vor ein paar Monaten schrieb Anna Berger einen Brief an ihre Partei. Die vergangenen Jahre als Ministerin seien „intensiv“ gewesen. Dafür habe sie einen Preis gezahlt.`;
    expect(analyse(text, 'de').quotes.find((q) => q.text.startsWith('intensiv'))?.speaker).toBe('Anna Berger');
  });
});
