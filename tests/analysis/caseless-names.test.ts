// Names in scripts without letter case (Han, Hangul, Arabic) have no capitals: the tagger's span is all the evidence
// of a name there, and no test of capitals may throw it out. And the pooled model, trained on the languages it serves
// (Swedish, Slovak), counts as their own model: its names need no extra evidence there. Invented text, spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { ownModel } from '../../lib/analysis/entities';
import type { NerModel } from '../../lib/analysis/ner';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const names = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('names without letter case', () => {
  it('keeps the tagger\'s Chinese names', () => {
    const text = '外交部发言人毛宁在记者会上回答了问题。印度尼西亚政府表示欢迎。';
    expect(names('zh', text, [['毛宁', 'PER', 0.6], ['印度尼西亚', 'LOC', 0.9]])).toEqual(expect.arrayContaining(['毛宁', '印度尼西亚']));
  });

  it('keeps an Arabic name the tagger found', () => {
    const text = 'التقى الرئيس عبد الفتاح السيسي وزير الخارجية في القاهرة يوم الاثنين.';
    expect(names('ar', text, [['عبد الفتاح السيسي', 'PER', 0.8]])).toContain('عبد الفتاح السيسي');
  });

  it('still drops a lower-case span in a script with case', () => {
    const text = 'The committee met on Monday and the chairman spoke for an hour.';
    expect(names('en', text, [['chairman', 'PER', 0.4]])).not.toContain('chairman');
  });
});

describe('the model a language counts as its own', () => {
  const model = (lang: string) => ({ lang }) as unknown as NerModel;
  it('is its own model, or the pooled one for the languages it was trained on', () => {
    expect(ownModel(model('de'), 'de')).toBe(true);
    expect(ownModel(model('multi'), 'sv')).toBe(true);
    expect(ownModel(model('multi'), 'sk')).toBe(true);
  });
  it('is not the pooled model for a language it never saw, nor another language\'s model', () => {
    expect(ownModel(model('multi'), 'es')).toBe(false);
    expect(ownModel(model('multi'), null)).toBe(false);
    expect(ownModel(model('de'), 'en')).toBe(false);
  });
});
