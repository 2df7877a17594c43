// Japanese writes a person's title onto the name (清水治理事長) or before it with の (元理事長の岩本絹子容疑者): the
// popup shows that title as the person's description. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const text = [
  '緑川食品協会は13日、記者会見を開いた。山岸拓真理事長が「深くおわびします」と謝罪した。',
  '県警は、元会長の青木誠一容疑者（66）を逮捕した。青木容疑者は認否を明らかにしていない。',
  '商店経営の森下葵さん（30）も話を聞いた。',
].join('\n\n');

describe('titles of Japanese names', () => {
  const ps = analyzeArticle({ text, lang: 'ja' }).parties;
  const find = (n: string) => ps.find((p) => p.name === n);

  it('describes a person by the title written after the name', () => {
    expect(find('山岸拓真')).toMatchObject({ type: 'person', description: '理事長' });
  });

  it('describes a person by the title written before the name with の', () => {
    expect(find('青木誠一')).toMatchObject({ type: 'person', description: '元会長' });
  });

  it('takes no description from a run before の that is no title', () => {
    expect(find('森下葵')?.description ?? null).toBeNull();
  });
});
