// Japanese puts terms and names in brackets as well as speech: a short span with no quoting particle after it, no
// sentence in it and no verb of saying near it is no quotation, nor a continuation of the speaker before. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const texts = (t: string) => analyse(t, 'ja').quotes.map((q) => q.text);

describe('a term in Japanese brackets', () => {
  it('is no continuation of the speaker before it', () => {
    const t = '協会は「本件については調査を進めている」と回答したが、別の局との契約もあり、「乗り換え」が検討されても不思議ではない。';
    expect(texts(t)).toEqual(['本件については調査を進めている']);
  });

  it('is no unattributed quotation when it names an event', () => {
    const t = '大会も対岸の火事ではない。\n\n国内大会「さくらオープンカップ」（4月）はテレビ局が主催する。';
    expect(texts(t)).toEqual([]);
  });

  it('stays a quotation when it is a sentence of its own', () => {
    const t = '島では無線の不感地帯が解消された。「早い対応になる」。住民の声も聞かれる。';
    expect(texts(t)).toEqual(['早い対応になる']);
  });

  it('stays a quotation when a clause is inside it', () => {
    const t = '◆学内に不安の声「学生にも丁寧に説明して」\n\n大学の元職員は話した。';
    expect(texts(t)).toEqual(['学生にも丁寧に説明して']);
  });

  it('stays a quotation when a quoting particle follows it', () => {
    const t = '監督は「準備は万全」と話した。';
    expect(texts(t)).toEqual(['準備は万全']);
  });
});
