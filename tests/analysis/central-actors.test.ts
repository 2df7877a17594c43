// Central actors the tagger leaves out or the finders missed: one word the tagger calls MISC that is an
// organisation's head by itself ("the Taliban"), an acronym a language writes as a word ("l’Otan"), and in Japanese a
// katakana name after a noun for a body (イスラム組織ハマス) or before its office and title (バイデン米大統領).
// Invented text.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { analyzeArticle } from '../../lib/analysis';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('central actors', () => {
  it('takes a MISC word that is an organisation head by itself as a body', () => {
    const text = 'The men were held by the Taliban for three years. The Taliban released a video of them.';
    const reg = registry(text, 'en', [['Taliban', 'MISC', 0.73], ['Taliban', 'MISC', 0.6]]);
    expect(reg.find('Taliban')?.kind).toBe('organization');
    expect(reg.find('Taliban')?.mentions.length).toBe(2);
  });

  it('leaves a longer MISC span to the words around it', () => {
    const text = 'The draw put them in the Group of Death again.';
    const reg = registry(text, 'en', [['Group of Death', 'MISC', 0.6]]);
    expect(reg.find('Group of Death')).toBeUndefined();
  });

  it('knows an acronym written as a word', () => {
    const text = 'L’Otan et l’Ukraine se retrouveront mardi. Réunion Otan-Ukraine à Bruxelles.';
    const reg = registry(text, 'fr', [['Otan', 'PER', 0.31]]);
    expect(reg.find('Otan')?.kind).toBe('organization');
    expect(reg.find('Otan')?.mentions.length).toBe(2);
  });

  it('finds a Japanese body after its noun, and a foreign name before its office and title', () => {
    const text = 'イスラム組織ハマスとイスラエルの交渉が続く。ハマスも声明を出した。バイデン米大統領は13日に協議した。ハマスは人質を解放する。';
    const names = analyzeArticle({ text, lang: 'ja' }, { ner: null }).parties.map((p) => `${p.name}:${p.type}`);
    expect(names).toContain('ハマス:organization');
    expect(names).not.toContain('イスラム組織:organization');
    const reg = buildRegistry(scan(text), [], rulesFor('ja'), null);
    expect(reg.find('バイデン')?.kind).toBe('person');
  });

  it('takes no brand for a foreign name', () => {
    const text = 'イオン銀社長の後任にはイオンフィナンシャルサービスの幹部が就く。';
    const reg = buildRegistry(scan(text), [], rulesFor('ja'), null);
    expect(reg.find('イオン')).toBeUndefined();
  });
});
