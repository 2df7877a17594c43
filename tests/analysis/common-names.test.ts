// Nouns, units and titles the tagger takes for someone: a name alone in quotation marks that the tagger is unsure of
// (a film), a unit after a number ("1,5 Grad Celsius"), an acronym's plural ("SUVs"), the word a demonym leaves of an
// unsure span ("An American Journey"). Names that only look alike stay. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { quotations } from '../../lib/analysis/quotes';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => {
  const doc = scan(text);
  return buildRegistry(doc, quotations(text, doc.paragraphs, lang), rulesFor(lang), spans(text, tagged));
};

describe('nouns and titles the tagger reads as people', () => {
  it('drops a film’s title alone in quotation marks, keeps a name inside a longer quotation', () => {
    const text = 'The service offers classic fare, including “Mary Poppins” and “Bambi.” He spoke of “a new start from Krista” then.';
    const reg = registry(text, 'en', [['Mary Poppins', 'PER', 0.33], ['Krista', 'PER', 0.4]]);
    expect(reg.find('Mary Poppins')).toBeUndefined();
    expect(reg.find('Krista')).toBeDefined();
  });

  it('drops a unit after a number, keeps a body counted by one', () => {
    const text = 'Die Ozeane sind um fast 1,5 Grad Celsius gestiegen. All 21 Montana Freedom Caucus members voted.';
    expect(registry(text, 'de', [['Grad Celsius', 'PER', 0.39]]).find('Grad Celsius')).toBeUndefined();
    const en = 'All 21 Montana Freedom Caucus members voted, and @kimw14 Kim Webb wrote about it.';
    const reg = registry(en, 'en', [['Montana Freedom Caucus', 'ORG', 0.27], ['Kim Webb', 'PER', 0.56]]);
    expect(reg.find('Montana Freedom Caucus')).toBeDefined();
    expect(reg.find('Kim Webb')).toBeDefined();
  });

  it('drops an acronym’s plural and what a demonym leaves of an unsure span', () => {
    const text = 'In a time when SUVs rule, she wrote The Truths We Hold: An American Journey, and American Kevin Bishop agreed.';
    const reg = registry(text, 'en', [['SUVs', 'PER', 0.39], ['American Journey', 'PER', 0.35], ['American Kevin Bishop', 'PER', 0.95]]);
    expect(reg.find('SUVs')).toBeUndefined();
    expect(reg.find('Journey')).toBeUndefined();
    expect(reg.find('Kevin Bishop')).toBeDefined();
  });
});
