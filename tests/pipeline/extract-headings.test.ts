// Readability drops the first <h1>/<h2> that reads like the page's title, taking it for the headline repeated. A
// section heading under the page's own <h1> is not the headline, however like the title it reads: a listicle lost
// one of its section headings this way, with no removal to undo.
import { describe, it, expect } from 'vitest';
import { runHtml } from './helpers';

const para = (i: number) =>
  `<p>Paragraph ${i}: we slept in each tent for at least four nights, in rain and in wind, and packed it wet every morning to see how it dried by evening.</p>`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Best Tents for Families, Hikers and Rain (2026)</title></head>` +
  `<body><nav><a href="/">Home</a></nav><article>${head}${body}</article></body></html>`;

describe('section headings that read like the title', () => {
  it('keeps an <h2> section heading that follows the page\'s own <h1>', () => {
    const html = page('<h1>The Tents We Trust on Any Trip</h1>', `${paras(1, 4)}<h2>Best Tents for Families</h2>${paras(5, 4)}<h2>Best Ultralight Tent</h2>${paras(9, 3)}`);
    const text = runHtml(html).article!.text;
    expect(text).toContain("Best Tents for Families");
    expect(text).toContain('Best Ultralight Tent');
  });

  it('still takes out the headline repeated as an <h2> on a page without an <h1>', () => {
    const html = page('<h2>Best Tents for Families, Hikers and Rain (2026)</h2>', paras(1, 6));
    const r = runHtml(html);
    expect(r.article!.title).toContain('Best Tents for Families, Hikers');
    expect(r.article!.text).not.toContain('Best Tents for Families, Hikers');
  });
});
