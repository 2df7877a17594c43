// Chinese may introduce a quotation with a verb of saying and a comma, or the verb alone, instead of a colon
// (王建国表示，“…”; 委员李明提出“…”), or with a noun of view ending the clause (刘芳有着自己的看法，“…”): the person the
// text names in that clause speaks. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const lead = '记者采访了在英国伦敦留学的王建国和在法国巴黎读书的刘芳。\n\n';

describe('a Chinese introduction without a colon', () => {
  it('a verb of saying and a comma', () => {
    const t = lead + '王建国表示，“出国之前，我在国内学习经济学，因此对这些问题比较关心。”';
    expect(speakerOf(t, '出国之前', 'zh')).toBe('王建国');
  });
  it('a noun of view ending the clause before the comma', () => {
    const t = lead + '对此提案，刘芳有着自己的看法，“各地发展的局面固然可喜，但也不能一哄而上。”';
    expect(speakerOf(t, '各地发展', 'zh')).toBe('刘芳');
  });
  it('a verb right before the quotation, after a title', () => {
    const t = lead + '在会议上，全国政协委员李明提出“当前经济的发展正在从数量型向质量型转变。”';
    expect(speakerOf(t, '当前经济', 'zh')).toBe('李明');
  });
  it('not a one-character verb closing a noun after the name', () => {
    const t = lead + '刘芳正在读一本小说“在一个很远的地方有一个很小的村子，村里住着一位老人。”';
    expect(speakerOf(t, '很远的地方', 'zh')).not.toBe('刘芳');
  });
});

describe('a Chinese pronoun after a quotation in its paragraph', () => {
  it('stands for the one person named since that quotation', () => {
    const t = lead + '在会议上，全国政协委员李明提出“当前经济的发展正在从数量型向质量型转变。”对此，刘芳认为这也是她关注的问题。她认为：“在消费市场持续扩大的大环境下，这是一个迫切需要解决的问题。”';
    expect(speakerOf(t, '在消费市场', 'zh')).toBe('刘芳');
  });
});
