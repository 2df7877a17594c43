// A place noun beside a name types it a place, whatever shape the name has: "the riverside town Dorvan Tiel",
// "Marten Kollby hospital", "el aeropuerto de Ben Sarrión" (an article before the noun); not a role's domain ("secretary
// of state X"). And "the first" opens a description, not a clause. Invented text, with the models.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

const typeOf = (text: string, lang: string, name: string) =>
  analyzeArticle({ text, lang }, { ner: loadNerModel(lang) }).parties.find((p) => p.name === name)?.type;

describe('place nouns beside a name', () => {
  it('a lower-case place noun right before the name (en)', () => {
    const text = 'Two tourists fell ill in the riverside town Dorvan Tiel on Friday, police said. Officers later closed two bars in the riverside town Dorvan Tiel.';
    expect(typeOf(text, 'en', 'Dorvan Tiel')).toBe('place');
  });

  it('a building noun right after the name (en)', () => {
    const text = 'The senator was taken to Marten Kollby hospital on Saturday. Doctors at Marten Kollby hospital said he was stable.';
    expect(typeOf(text, 'en', 'Marten Kollby')).toBe('place');
  });

  it('an article, the place noun and a particle before the name (es)', () => {
    const text = 'Un misil cayó cerca del aeropuerto de Ben Sarrión, según el ejército. Los vuelos desde el aeropuerto de Ben Sarrión quedaron suspendidos. Tres aviones aterrizaron luego en el aeropuerto de Ben Sarrión.';
    expect(typeOf(text, 'es', 'Ben Sarrión')).toBe('place');
  });

  it('not a role’s domain before a person (en)', () => {
    const text = '"We will not give up," said former secretary of state Dorvan Tiel, who met the families on Monday.';
    const at = text.indexOf('Dorvan Tiel');
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [{ start: at, end: at + 11, type: 'PER', score: 0.6 }]);
    expect(reg.find('Dorvan Tiel')?.kind).toBe('person');
  });

  it('not "the first" of a description taken for a clause (en)', () => {
    const ps = analyzeArticle({ text: 'But Marten Kollby, the first Republican mayor elected in the city in two decades, stopped short of an endorsement. Marten Kollby said little.', lang: 'en' }, { ner: loadNerModel('en') }).parties;
    expect(ps.find((p) => p.name === 'Marten Kollby')?.description).toBe('first Republican mayor elected in the city in two decades');
  });
});
