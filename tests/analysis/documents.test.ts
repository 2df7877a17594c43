// Laws and other documents are what a story is about, not parties in it ("Employment Rights Bill", "loi Travail",
// "Heizungsgesetz"), in every language with a list of their head words; a person called Bill stays a person.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const model = loadNerModel;
const names = (text: string, lang: string, withModel = true) =>
  analyzeArticle({ text, lang }, { ner: withModel && lang !== 'fr' ? model(lang) : null }).parties.map((p) => p.name);

describe('names of laws and documents', () => {
  it('are no parties, with the tagger and without it', () => {
    const t = [
      'The Coastal Housing Bill will give councils new powers, Housing Minister Jane Porter said on Wednesday.',
      'Porter said the Coastal Housing Bill would pass by spring. The Tenant Fairness Act will follow.',
      'Opposition leader Bill Rowan said the plan came too late.',
    ].join('\n\n');
    for (const withModel of [true, false]) {
      const ps = names(t, 'en', withModel);
      expect(ps.filter((n) => /Bill$|Act$/.test(n))).toEqual([]);
      expect(ps).toEqual(expect.arrayContaining(['Jane Porter', 'Bill Rowan']));
    }
  });

  it('are no parties where the head leads (French) or ends a compound (German)', () => {
    const fr = 'La loi Travail Renforcée divise le pays. Le syndicat CGT a manifesté contre la loi Travail Renforcée à Paris, a dit Sophie Marin.';
    expect(names(fr, 'fr').some((n) => /Travail/.test(n))).toBe(false);
    const de = 'Das Heizungsgesetz sorgt für Streit. Wirtschaftsminister Robert Albers verteidigte das Heizungsgesetz am Montag im Bundestag.';
    const ps = names(de, 'de');
    expect(ps).not.toContain('Heizungsgesetz');
    expect(ps).toContain('Robert Albers');
  });
});
