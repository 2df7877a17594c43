// Japanese and Chinese name a person in full once, then by the surname and an honorific or title (山田氏, 尹总统): the
// speaker shown is the full name the text gave before. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a surname with an honorific or title', () => {
  it('speaks as the full name given before with its reading (ja)', () => {
    const t = '日本の山田太郎（やまだたろう）首相は３日、記者会見を開いた。景気の対策について説明した。\n\n山田氏は「景気の回復を最優先に進めていく考えだ」と述べた。';
    expect(speakerOf(t, '景気の回復', 'ja')).toBe('山田太郎');
  });

  it('speaks as the full name given before with a title after it (ja)', () => {
    const t = '東京の佐藤花子知事は４日、都庁で会見した。\n\n佐藤知事は「子育ての支援をさらに広げていきたい」と強調した。';
    expect(speakerOf(t, '子育ての支援', 'ja')).toBe('佐藤花子');
  });

  it('stays as written where no earlier name opens on that surname and shows as one (ja)', () => {
    const t = '石油会社の幹部も会見に出席した。\n\n石氏は「価格はしばらく高いままになる見通しだ」と述べた。';
    expect(speakerOf(t, '価格はしばらく', 'ja')).toBe('石氏');
  });

  it('speaks as the full name after its title, the verb not part of the name (zh)', () => {
    const t = '韩国总统尹锡悦3日晚发表紧急讲话，宣布实施戒严。\n\n尹总统表示：“这是为了保护宪法秩序，清除反国家势力。”';
    expect(speakerOf(t, '保护宪法秩序', 'zh')).toBe('尹锡悦');
  });
});
