// A minister's portfolio the capitalised run takes in before the person's name ("il ministro della Salute Orazio
// Schillaci"): the portfolio is no party, the person the tagger read after it is one, named in full. And Dutch
// roles before a name and "volgens" before it are no part of it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('a person after a portfolio', () => {
  it('is named in full, the portfolio left out', () => {
    const text = 'Il ministro della Salute Orazio Schillaci ha detto oggi che non ci sarà alcun obbligo. Lo ha ribadito Schillaci.';
    const reg = registry(text, 'it', [['Orazio Schillaci', 'PER', 0.55], ['Schillaci', 'PER', 0.5]]);
    expect(reg.find('Orazio Schillaci')?.kind).toBe('person');
    expect(reg.find('Orazio Schillaci')?.mentions).toHaveLength(2);
    expect(reg.find('Salute')).toBeUndefined();
    expect(reg.find('Salute Orazio Schillaci')).toBeUndefined();
  });

  it('leaves a portfolio alone that no person follows', () => {
    const text = 'Il ministro della Salute ha detto oggi che non ci sarà alcun obbligo vaccinale per il prossimo inverno.';
    const reg = registry(text, 'it', []);
    expect(reg.find('Salute')).toBeUndefined();
  });
});

describe('Dutch roles and "volgens"', () => {
  it('are no part of the name', () => {
    const text = 'Dijkgraaf Marieke de Vries zei dinsdag dat de dijk dicht blijft. Volgens De Vries duurt het herstel twee weken.';
    const reg = registry(text, 'nl', [['Dijkgraaf Marieke de Vries', 'PER', 0.4], ['Volgens De Vries', 'ORG', 0.2]]);
    expect(reg.find('Marieke de Vries')?.kind).toBe('person');
    expect(reg.find('Dijkgraaf Marieke de Vries')).toBeUndefined();
    expect(reg.find('Volgens De Vries')).toBeUndefined();
  });
});
