// Japanese: a body's spokesman after a country and の (カタールの外務省報道官) speaks for that country's body, not for
// the ministry the name alone would stand for; a statement's words (ハマスも声明で、…「…」) are the statement's author's.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const speaker = (t: string, quote: string) => analyse(t, 'ja').quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('Japanese bodies and statements', () => {
  it('a ministry after a country and の keeps its owner', () => {
    const t = '交渉を仲介しているカタールの外務省報道官は3日、「双方の立場はかつてなく近づいている」と語った。外務省は日本人の退避を検討している。';
    expect(speaker(t, '双方の立場は')).toBe('カタールの外務省');
  });
  it('a quotation in a statement is the words of the sentence\'s topic', () => {
    const t = 'イスラエルとハマスの交渉が続いている。ハマスも5日の声明で、交渉内容に満足していると明らかにし、今回の交渉で「公正で持続的な合意」がまとまることへの期待を示した。';
    expect(speaker(t, '公正で持続的な合意')).toBe('ハマス');
  });
});
