// The story's credits as a run of label lines closing it ("出品︱…", "作者︱…"; "Text: …", "Photos: …"), and a rights
// note set whole in lenticular brackets (lib/clean/foot-labels.ts): small print, kept in the HTML, out of the text.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const run = (foot: string) => runHtml(page(`${prose(4)}${foot}`)).article!;

describe('label lines closing the story', () => {
  it('are its credits: out of the text, kept in the HTML', () => {
    const a = run('<p>Text: Jane Roe</p><p>Photos: Max Muster</p><p>Editing: Ann Smith</p>');
    for (const l of ['Text: Jane Roe', 'Photos: Max Muster', 'Editing: Ann Smith']) {
      expect(a.text).not.toContain(l);
      expect(a.html).toContain(l);
    }
    const zh = run('<p>　　原标题：港口新堤坝获批 工程明年开工</p><p><strong>　　出品︱海港日报科技栏目组 小李</strong></p><p><strong>　　作者︱王芳</strong></p>');
    expect(zh.text).not.toContain('出品');
    expect(zh.text).not.toContain('原标题');
    expect(zh.html).toContain('出品︱海港日报科技栏目组 小李');
  });
  it('leaves one label line alone, a line that ends a sentence, a fact box in a list, and label lines amid the story', () => {
    expect(run('<p>Update: Jane Roe</p>').text).toContain('Update: Jane Roe');
    expect(run('<p>Note: the vote is on Monday.</p><p>Photos: Max Muster</p>').text).toContain('Note: the vote is on Monday.');
    expect(run('<ul><li>Length: 400 m</li><li>Cost: 12 million</li></ul>').text).toContain('Length: 400 m');
    const amid = runHtml(page(`${prose(2)}<p>Text: Jane Roe</p><p>Photos: Max Muster</p>${prose(2, 'quay')}`)).article!;
    expect(amid.text).toContain('Photos: Max Muster');
  });
});

describe('a note in lenticular brackets closing the story', () => {
  it('is small print; a bracketed heading is not', () => {
    const a = run('<p><strong>【本文版权归海港日报所有。未经授权，不得转载。】</strong></p>');
    expect(a.text).not.toContain('未经授权');
    expect(a.html).toContain('未经授权');
    expect(run('<p><strong>【专家解读】</strong></p>').text).toContain('【专家解读】');
  });
});
