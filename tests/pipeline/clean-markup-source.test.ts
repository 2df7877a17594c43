// A line the page's own script wrote as text where it meant a tag: HTML tag source, no words, not the story.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { tagSourceOnly } from '../../lib/clean/markup-source';

const WRITTEN = '<p>&lt;script type="text/javascript" src="//ads.example.cn/js/a.js?5987718" charset="gbk"&gt;&lt;/script&gt;</p>';

describe('markup source', () => {
  it('leaves the reader and its text, listed with its reason', () => {
    const r = runHtml(page(`${prose(5)}${WRITTEN}`));
    expect(r.article!.text).not.toContain('<script');
    expect(r.article!.text).toContain('Paragraph 5');
    expect(r.removed.find((x) => x.rule === 'shape:markup-source')?.text).toContain('<script');
  });

  it('keeps a sentence that quotes a tag, and code', () => {
    const said = '<p>The council\'s web team said the old page loaded &lt;script src="a.js"&gt;&lt;/script&gt; from a server abroad, which it has now moved home.</p>';
    const code = '<pre>&lt;script src="a.js"&gt;&lt;/script&gt;</pre>';
    const text = runHtml(page(`${prose(3)}${said}${code}${prose(2)}`)).article!.text;
    expect(text).toContain('which it has now moved home');
    expect(text.match(/<script src="a.js">/g)).toHaveLength(2);
  });

  it('is tags alone, white space between them', () => {
    expect(tagSourceOnly('<div class="x"> <br/> </div>')).toBe(true);
    expect(tagSourceOnly('<b>Bold</b>')).toBe(false);
    expect(tagSourceOnly('2 < 3 and 5 > 4')).toBe(false);
  });
});
