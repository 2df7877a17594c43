// Japanese reports a quotation as someone's voice (声) with no speech verb after it: the one the voice comes from
// (から) speaks it. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const speakerOf = (text: string, quote: string) => analyzeArticle({ text, lang: 'ja' }).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('a quotation reported as a voice (ja)', () => {
  it('credits a quotation that is a sentence of its own to the one the next sentence hears the voice from', () => {
    const t = '北山町の県道が再開した。「買い物が楽になる」。町内の商店経営、森下葵さん（56）からも安堵の声が漏れる。';
    expect(speakerOf(t, '買い物が楽になる')).toBe('森下葵');
  });

  it('credits the voice named before the quotation in its own sentence', () => {
    const t = '北山町の県道が再開した。青木誠一氏からは「遅すぎた」との声が上がった。';
    expect(speakerOf(t, '遅すぎた')).toBe('青木誠一');
  });

  it('credits no one when the next sentence names no voice, or two sources', () => {
    expect(speakerOf('県道が再開した。「買い物が楽になる」。森下葵さん（56）から電話があった。', '買い物が楽になる')).toBeNull();
    expect(speakerOf('県道が再開した。「買い物が楽になる」。森下葵さんからも青木誠一氏からも喜びの声が出た。', '買い物が楽になる')).toBeNull();
  });
});
