// Names in quotation marks are no quotations: a campaign after its noun, a building in 「」 with no quoting particle.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const texts = (text: string, lang: string) => analyzeArticle({ text, lang }).quotes.map((q) => q.text);

describe('a name in quotation marks', () => {
  it('after a noun is no quotation; words quoted after a verb are', () => {
    const de = texts('Die Firmen haben sich an der Kampagne „Made in Hessen, made by Vielfalt“ beteiligt. Der Verband sprach von „Heuchelei, die niemandem hilft“.', 'de');
    expect(de).not.toContain('Made in Hessen, made by Vielfalt');
    expect(de).toContain('Heuchelei, die niemandem hilft');
    const en = texts('Counter-protesters vowed to keep “Nazis off our streets” as the march went on.', 'en');
    expect(en).toContain('Nazis off our streets');
  });

  it('in 「」 without a quoting particle is no quotation; one with と is', () => {
    const ja = texts('大学は新校舎「緑記念教育棟」の建設を巡り、「不透明な資金の流れがある」として告発された。', 'ja');
    expect(ja).not.toContain('緑記念教育棟');
    expect(ja).toContain('不透明な資金の流れがある');
    // (words with inflecting kana are quoted words, even where a particle other than と follows: 「…」がまとまる)
    expect(texts('ハマスは声明で「明確で包括的な合意」がまとまることへの期待を示した。', 'ja')).toContain('明確で包括的な合意');
  });
});
