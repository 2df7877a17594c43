// Furniture the clean stage left in the markup stays out of what the reader reads and saves: share buttons (by
// where their links lead, in any language), list items and lists left empty, headings without a word, rules with
// nothing on one side. What reads or shows stays: a list of facts, a gallery, a section break, a heading "2024".
import { describe, it, expect } from 'vitest';
import { htmlToMarkdown } from '../../lib/export-markdown';
import { loadSanitizer } from '../../cli/sanitize';

const P = (n: number) => `<p>Paragraph ${n} of the story about the harbour wall, with enough words to read as prose.</p>`;
const SHARE_BAR = `<ul><li><p>AFP, MANILA</p></li><li><ul>
  <li><a href="https://twitter.com/intent/tweet?text=Wall"><p><i><img src="https://news.example/twitter.png" width="20"></i></p></a></li>
  <li><a href="http://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example%2Fa"><p><i><img src="https://news.example/facebook.png" width="20"></i></p></a></li>
  <li><a href="https://lineit.line.me/share/ui?url=https%3A%2F%2Fnews.example%2Fa"><p><i><img src="https://news.example/line.png" width="20"></i></p></a></li>
</ul></li></ul>`;

const md = (html: string) => htmlToMarkdown(html, 'https://news.example/a');
const clean = async (html: string) => (await loadSanitizer())(html, 'https://news.example/a');

describe('share buttons and emptied lists', () => {
  it('a nested list of share-intent image links goes; the item beside it stays', async () => {
    const out = md(P(1) + SHARE_BAR + P(2));
    expect(out).not.toMatch(/twitter|facebook|line\.me|!\[/);
    expect(out).not.toMatch(/^\s*-\s*$/m); // no empty bullet
    expect(out).toMatch(/^- {3}AFP, MANILA/m);
    const html = await clean(P(1) + SHARE_BAR + P(2));
    expect(html).not.toMatch(/twitter|facebook|<img/);
    expect(html.match(/<li>/g)).toHaveLength(1);
  });

  it('share buttons named in words ("Share on Facebook") go too; a list of facts with links stays', async () => {
    const words = '<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://x.com/intent/post?url=x">X</a></li><li><a href="mailto:?subject=Wall&body=https://news.example/a">E-mail</a></li></ul>';
    const facts = '<ul><li>The wall is <a href="https://twitter.com/harbourboard">the board\'s</a> project.</li><li>It costs 4 million.</li></ul>';
    const out = md(P(1) + words + facts);
    expect(out).not.toMatch(/Facebook|E-mail/);
    expect(out).toContain('[the board\'s](https://twitter.com/harbourboard) project.');
    expect(out).toContain('It costs 4 million.');
    expect(await clean(P(1) + words + facts)).toMatch(/^(?:(?!Facebook).)*It costs 4 million/s);
  });

  it('items left empty go from an ordinary list, which keeps the rest; a gallery of pictures stays', async () => {
    const list = '<ol><li>First point</li><li></li><li><a href="https://news.example/x"></a></li><li>Second point</li></ol>';
    const gallery = '<ul><li><img src="https://news.example/1.jpg" alt="Quay"></li><li><img src="https://news.example/2.jpg" alt="Wall"></li></ul>';
    const out = md(P(1) + list + gallery);
    expect(out).toMatch(/1\. {2}First point/);
    expect(out).toMatch(/Second point/);
    expect(out).not.toMatch(/^\s*(?:\d+\.|-)\s*$/m);
    expect(out).toContain('![Quay](https://news.example/1.jpg)');
    const html = await clean(P(1) + list + gallery);
    expect(html.match(/<li>/g)).toHaveLength(4);
  });

  it('a newsroom\'s tip line on a chat app (a number to write to) is no share button', () => {
    const contact = '<p>Contact us</p><ul><li><a href="https://api.whatsapp.com/send?phone=491722524054&text=">WhatsApp</a></li><li><a href="https://wa.me/491722524054">Chat</a></li></ul>';
    const out = md(P(1) + contact);
    expect(out).toContain('[WhatsApp](https://api.whatsapp.com/send?phone=491722524054&text=)');
    expect(out).toContain('[Chat](https://wa.me/491722524054)');
    expect(md(P(1) + '<ul><li><a href="https://wa.me/?text=https%3A%2F%2Fnews.example%2Fa">WhatsApp</a></li></ul>')).not.toContain('WhatsApp');
  });
});

describe('headings and rules', () => {
  it('a heading without a word goes; "2024" and a heading holding a picture stay', async () => {
    const html = P(1) + '<h2>___</h2>' + P(2) + '<h2>2024</h2><h3><img src="https://news.example/logo.png" alt="Results"></h3>' + P(3);
    const out = md(html);
    expect(out).not.toContain('\\_\\_\\_');
    expect(out).toContain('## 2024');
    expect(out).toContain('![Results]');
    expect(await clean(html)).not.toContain('___');
  });

  it('a rule at the start or the end goes; one between two parts stays', async () => {
    const html = '<hr>' + P(1) + '<hr>' + P(2) + '<div><hr></div>';
    expect(md(html).match(/^\* \* \*$/gm)).toHaveLength(1);
    expect((await clean(html)).match(/<hr>/g)).toHaveLength(1);
  });
});

describe('links and pictures in the Markdown', () => {
  it('a link around a teaser\'s picture and headline is one link on one line', () => {
    const out = md(P(1) + '<a href="https://news.example/b"><figure><img src="https://news.example/b.jpg" alt="Quay"></figure><h3>Ferry strike ends</h3></a>' + P(2));
    expect(out).toContain('[![Quay](https://news.example/b.jpg) Ferry strike ends](https://news.example/b)');
    expect(md(P(1) + '<a href="https://news.example/c"><h3>Ferry strike ends</h3></a>' + P(2))).toContain('[Ferry strike ends](https://news.example/c)');
  });

  it('a tracking pixel is no picture to save', () => {
    expect(md(P(1) + '<img src="https://count.example/p" width="1" height="1" alt="">')).not.toContain('count.example');
  });
});

describe('invisible characters', () => {
  it('a byte order mark inside a paragraph does not reach the Markdown', () => {
    expect(md('<p>\uFEFF「ようやく逮捕に至った。長かった」と話す。</p>')).toBe('「ようやく逮捕に至った。長かった」と話す。');
  });
});
