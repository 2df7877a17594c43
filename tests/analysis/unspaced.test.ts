// Parties in a language written without spaces or capitals (Japanese): names from structure only (an honorific or
// a title after a person's name, an organisation's head), shown when the evidence is strong. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const text = [
  '北山市の緑川食品工業が、元会長の青木誠一容疑者（66）を告訴した。県警察は青木容疑者の自宅を捜索した。',
  '同社によると、元会長は会社の資金を流用していた。緑川食品工業の株価は下がった。',
  '元タレントの森下葵さん（30）の話題も出た。野球選手の間でも話題だ。与党の幹部は答えなかった。',
  '同社は今後、県警察の捜査に協力する。',
].join('\n\n');

const names = (ner: boolean) => analyzeArticle({ text, lang: 'ja' }, { ner: ner ? loadNerModel('ja') : null }).parties;

describe('parties of a text without spaces', () => {
  for (const ner of [false, true]) {
    describe(ner ? 'with the multilingual model' : 'without a model', () => {
      const ps = names(ner);
      const find = (n: string) => ps.find((p) => p.name === n);

      it('takes a person from an honorific after the name, and joins the surname to the full name', () => {
        expect(find('青木誠一')).toMatchObject({ type: 'person' });
        expect(find('青木誠一')!.aliases).toContain('青木');
        expect(find('青木')).toBeUndefined();
        expect(find('森下葵')).toMatchObject({ type: 'person' });
      });

      it('takes an organisation from its head, cut where a common noun follows it', () => {
        expect(find('緑川食品工業')).toBeUndefined(); // no head in its name and silent: no evidence
        expect(find('県警察')).toBeUndefined(); // a one-character lead: a common noun phrase
        expect(ps.map((p) => p.name)).not.toContain('与党');
      });

      it('lists no common noun before a title, and no name that refers back (同社)', () => {
        const all = ps.map((p) => p.name);
        expect(all).not.toContain('野球');
        expect(all.some((n) => n.startsWith('同'))).toBe(false);
      });
    });
  }

  it('shows an organisation named by its head when the text repeats it or it speaks', () => {
    const t = '北山市の緑川食品協会は「深くおわびします」と謝罪した。\n\n緑川食品協会の理事会は13日に開かれた。東西放送連盟は答えなかった。';
    const ps = analyzeArticle({ text: t, lang: 'ja' }).parties;
    expect(ps.find((p) => p.name === '緑川食品協会')).toMatchObject({ type: 'organization' });
    // named once and silent: not enough evidence
    expect(ps.find((p) => p.name === '東西放送連盟')).toBeUndefined();
  });

  it('takes a name met once before a title with an age, and countries written as words of their own', () => {
    const t = '緑川食品は、山岸拓真社長（57）の解任を発表した。同社はタイとカナダに工場を持つ。\n\n新しいタイミングで、東日本の工場も再開する。';
    const ps = analyzeArticle({ text: t, lang: 'ja' }).parties;
    expect(ps.find((p) => p.name === '山岸拓真')).toMatchObject({ type: 'person' });
    const countries = ps.filter((p) => p.type === 'country');
    expect(countries.map((p) => p.name).sort()).toEqual(['カナダ', 'タイ']);
    // once only: タイミング and 東日本 name no country
    expect(countries.find((p) => p.name === 'タイ')!.mentions).toBe(1);
  });

  it('takes a foreign name met once before a state office (米大統領, 財務相) as a person, not one before 選手', () => {
    const t = '停戦を求めるアルベルト次期米大統領の就任が迫る。強硬派のカスパロフ財務相は合意を批判した。\n\nテニス選手の活躍も話題になった。';
    const ps = analyzeArticle({ text: t, lang: 'ja' }).parties;
    expect(ps.find((p) => p.name === 'アルベルト')).toMatchObject({ type: 'person' });
    expect(ps.find((p) => p.name === 'カスパロフ')).toMatchObject({ type: 'person' });
    expect(ps.map((p) => p.name)).not.toContain('テニス');
  });
});
