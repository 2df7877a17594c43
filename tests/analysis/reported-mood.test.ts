// A sentence in the mood only reported speech uses (German Konjunktiv I: "sei", "habe") with no verb of saying gives
// the words of whoever spoke before, not of the person it is about. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string) => analyzeArticle({ text, lang: 'de' }, { ner: loadNerModel('de') }).quotes.map((q) => q.speaker);

describe('reported speech', () => {
  it('goes on with the speaker before, not the person the sentence is about', () => {
    const t = 'Nur Markus Haller sah das anders. „Der Schiedsrichter hat sich geirrt“, sagte der Trainer.\n\nTobias Brenner, den seine Kollegen stützen mussten, sei „völlig am Boden“.';
    expect(speakers(t)).toEqual(['Markus Haller', 'Markus Haller']);
  });
  it('not after a quotation that ends its own sentence', () => {
    const t = 'Nur Markus Haller sah das anders. „Der Schiedsrichter hat sich geirrt“, sagte der Trainer.\n\nAuf der Tribüne stand ein Schild: „Wir sind stolz auf euch.“ Der Verein sei zufrieden.';
    expect(speakers(t)[1]).toBeNull();
  });
});
