// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../utils/sanitize';

describe('reader view sanitising', () => {
  it('removes script, handlers, javascript: links, frames, forms and tracking pixels', () => {
    const html = `<p>Text<script>alert(1)</script><img src="/a.jpg" onerror="alert(2)"><a href="javascript:alert(3)">x</a>
      <a href="/story" onclick="alert(4)">story</a></p><iframe src="https://t.example"></iframe>
      <form action="/x"><button formaction="javascript:alert(5)">b</button></form>
      <svg onload="alert(6)"></svg><img src="https://t.example/p.gif" width="1" height="1"><p style="position:fixed">s</p>`;
    const out = sanitizeArticleHtml(html, 'https://news.example/2025/10/story/');
    expect(out).not.toMatch(/script|onerror|onclick|onload|javascript:|iframe|form|svg|style=|t\.example/i);
    expect(out).toContain('src="https://news.example/a.jpg"');
    expect(out).toContain('href="https://news.example/story"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('keeps the article: paragraphs, headings, figures, quotes, lists', () => {
    const out = sanitizeArticleHtml('<h2>H</h2><figure><img src="https://x.example/i.jpg" alt="a"><figcaption>c</figcaption></figure><blockquote><p>q</p></blockquote><ul><li>l</li></ul>');
    for (const t of ['<h2>', '<figure>', '<figcaption>', '<blockquote>', '<li>']) expect(out).toContain(t);
  });

  it('keeps the space an emptied inline element held, and drops blank placeholder images', () => {
    const out = sanitizeArticleHtml('<p>The news comes<strong> </strong>during talks<span></span>.</p>'
      + '<figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="Pair"><figcaption>A pair</figcaption></figure>'
      + '<figure><img src="https://x.example/i.jpg" alt="b"></figure>'
      + '<p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="dot">Text</p>');
    expect(out).toContain('The news comes during talks.');
    expect(out).not.toContain('data:image/');
    expect(out).toContain('<figcaption>A pair</figcaption>');
    expect(out).toContain('src="https://x.example/i.jpg"');
  });
});
