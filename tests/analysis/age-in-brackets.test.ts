// An age in brackets right after a name ("Marta (81)", "Ilse Ahrweiler (81)"), as papers write it beside ", 81,", is
// evidence of a person, as the comma's form is. Invented text, read without a tagger model (capitalised runs), where
// the text's own evidence alone types a name.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const parties = (text: string, lang: string) => analyzeArticle({ text, lang }).parties.map((p) => [p.name, p.type]);

describe('an age in brackets', () => {
  it('makes the name before it a person', () => {
    const en = 'Villagers say the water has been cut for weeks. Marta (81) lives alone at the end of the valley. Each morning Marta walks two hours for water.';
    expect(parties(en, 'en')).toContainEqual(['Marta', 'person']);
    const de = 'Die Rettung dauerte drei Stunden. Ilse Ahrweiler (81) wurde bewusstlos am Damm gefunden. Die Polizei ermittelt.';
    expect(parties(de, 'de')).toContainEqual(['Ilse Ahrweiler', 'person']);
  });

  it('takes no other number in brackets for an age', () => {
    const en = 'The club finished the season well. Greenvale (81 points) ended third, ahead of the rest of the league table.';
    expect(parties(en, 'en')).not.toContainEqual(['Greenvale', 'person']);
  });
});
