// Where every noun is capitalised, the words for a speaker found after a verb in second place start at the name, not
// at the verb ("hält Karsten Haustein", "lacht Eva Lundberg"). Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a verb in second place before the speaker’s name', () => {
  it('is no part of the words for the speaker', () => {
    const t = 'Die Forscher erwarten einen heißen Sommer. Dass es im nächsten Jahr noch wärmer wird, hält Karsten Haustein für unwahrscheinlich: „Dafür müssten schon einige Zufälle zusammenkommen.“ Der Sommer bleibe aber heiß. „Die Bäume leiden schon jetzt sehr unter der Hitze“, lacht Eva Lundberg.';
    const qs = analyse(t, 'de').quotes.map((q) => [q.speaker, q.speakerMention]);
    expect(qs).toEqual([['Karsten Haustein', 'Karsten Haustein'], ['Eva Lundberg', 'Eva Lundberg']]);
  });

  it('leaves an article in place', () => {
    const t = 'Die Kommission tagte am Montag. „Wir bauen den Hafen vor dem Winter wieder auf“, sagte die Ministerin Eva Lundberg in Brüssel.';
    expect(analyse(t, 'de').quotes[0]?.speakerMention).toMatch(/^die Ministerin Eva Lundberg/);
  });
});
