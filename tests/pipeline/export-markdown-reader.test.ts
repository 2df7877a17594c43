// The Markdown file as a demanding reader reads it (issue 8): a caption set apart from the story in italics under
// its picture, no tooltip that repeats a link's words or a picture's alt text, and no backslash before a "-" or a
// "1." that opens nothing in the middle of a line (Turndown escapes them at the start of every text node).
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import type { Report } from '../../lib/types';

function report(html: string): Report {
  return {
    url: 'https://paper.example/2026/01/05/harbour/', isArticle: true, articleScore: 1, reasons: [], removed: [], quotes: [], parties: [],
    timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
    article: { title: 'Harbour wall approved', byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null, text: '', html },
  };
}
const body = (html: string) => { const md = toMarkdown(report(html)); return md.slice(md.indexOf('\n# ') + 1); };
const IMG = '<img src="https://img.example/wall.jpg" alt="The wall" title="The wall">';

describe('captions in the Markdown', () => {
  it('sets each line of a caption in italics, apart from the paragraphs', () => {
    const md = body(`<p>Before.</p><figure>${IMG}<figcaption><p>The new wall at <em>low</em> tide.</p><p><small>Photo: Jane Doe</small></p></figcaption></figure><p>After.</p>`);
    expect(md).toContain('![The wall](https://img.example/wall.jpg)\n\n*The new wall at low tide.*\n*Photo: Jane Doe*\n\nAfter.');
  });
  it('keeps a link in a caption', () => {
    const md = body(`<figure>${IMG}<figcaption>The wall. Photo: <a href="https://jane.example/">Jane Doe</a></figcaption></figure>`);
    expect(md).toContain('*The wall. Photo: [Jane Doe](https://jane.example/)*');
  });
});

describe('titles and escapes in the Markdown', () => {
  it("leaves out a title that repeats the link's words or the alt text, and keeps one that adds to them", () => {
    const md = body('<p><a href="https://paper.example/a" title="Jane Doe">Jane Doe</a>, <a href="https://paper.example/b" title="Kelby: open the topic page">Kelby</a> and <a href="https://paper.example/c" title="The council\'s minutes of 4 May">the minutes</a>.</p><p><img src="https://img.example/w.jpg" alt="The wall at dawn" title="The wall at dawn"></p>');
    expect(md).toContain('[Jane Doe](https://paper.example/a),');
    expect(md).toContain('[Kelby](https://paper.example/b "Kelby: open the topic page")');
    expect(md).toContain('[the minutes](https://paper.example/c "The council\'s minutes of 4 May")');
    expect(md).toContain('![The wall at dawn](https://img.example/w.jpg)\n');
  });

  it('writes "-" and "1." in the middle of a line and of a heading without a backslash', () => {
    const md = body('<ul><li><b>Best for shoes</b> - <a href="https://shop.example/">John Lewis airer</a></li></ul><h2>2. Drying pod</h2><p><b>Price</b>- 40 pounds</p>');
    expect(md).toContain('-   **Best for shoes** - [John Lewis airer](https://shop.example/)');
    expect(md).toContain('## 2. Drying pod');
    expect(md).toContain('**Price**- 40 pounds');
    expect(md).not.toMatch(/\\[-.]/);
  });

  it('keeps the backslash where the line would open a list or a quotation', () => {
    const md = body('<p>- not a list</p><p>1. not a list either</p><ul><li>- a dash in an item</li></ul><p>&gt; not quoted</p><pre><code>a \\- b</code></pre>');
    expect(md).toContain('\\- not a list');
    expect(md).toContain('1\\. not a list either');
    expect(md).toContain('-   \\- a dash in an item');
    expect(md).toContain('\\> not quoted');
    expect(md).toContain('a \\- b');
  });
});
