// Detection on small invented pages in the style of real sites (tests/pipeline/pages: `<slug>.html` with
// `<slug>.expected.json` { url, isArticle, notes }): news that earlier detection missed, and pages that are not news.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { detectArticle } from '../../lib/detect';
import { parse } from './helpers';

const dir = path.join(__dirname, 'pages');
const detect = (slug: string) => {
  const exp = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.expected.json`), 'utf8')) as { url: string; isArticle: boolean };
  const d = detectArticle(parse(fs.readFileSync(path.join(dir, `${slug}.html`), 'utf8')), exp.url);
  return { ...d, want: exp.isArticle, why: d.reasons.join(' | ') };
};

describe('detect on pages in the style of real sites', () => {
  it('has a verdict for every page that matches its expectation', () => {
    const slugs = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length));
    expect(slugs.length).toBeGreaterThanOrEqual(9);
    for (const slug of slugs) {
      const d = detect(slug);
      expect({ slug, isArticle: d.isArticle, why: d.why }).toMatchObject({ slug, isArticle: d.want });
    }
  });

  it('reads a news analysis whose only JSON-LD is a video, beside 25 teasers, by its long body', () => {
    const d = detect('news-video-teasers');
    expect(d.isArticle).toBe(true);
    expect(d.why).toMatch(/One long body of text \(about \d+ words\)/);
    expect(d.why).not.toMatch(/VideoObject|teasers/);
  });

  it('reads a short city news item with a sign-in box in its header', () => {
    const d = detect('news-login-header');
    expect(d.isArticle).toBe(true);
    expect(d.why).not.toMatch(/sign-in/);
  });

  it('reads Korean, Japanese and Arabic articles without metadata by the length of their text', () => {
    for (const slug of ['ko-article-no-metadata', 'ja-article-no-metadata', 'ar-article-no-metadata']) {
      const d = detect(slug);
      expect({ slug, isArticle: d.isArticle }).toEqual({ slug, isArticle: true });
      expect(d.why).toMatch(/body of text \((about [\d,]+ words|[\d,]+ characters)\)/);
    }
    expect(detect('ja-article-no-metadata').why).toMatch(/[\d,]+ characters/);
  });

  it('does not take the permalinks of a column’s comments for a table of contents', () => {
    const url = 'https://example.org/2024/a-column/';
    const para = '<p>' + 'The column argues its case at length, sentence after sentence, as columns do. '.repeat(12) + '</p>';
    const comments = Array.from({ length: 16 }, (_, i) => `<li id="comment-${2582170 + i}"><p>A reader’s comment.</p><a href="${url}#comment-${2582170 + i}">28 April 2024 at 10:${10 + i}</a></li>`).join('');
    const html = `<html><head><title>A column</title><meta property="og:type" content="article"></head><body><article><h1>A column</h1>${para.repeat(6)}</article><ol class="comments">${comments}</ol></body></html>`;
    const d = detectArticle(parse(html), url);
    expect(d.reasons.join(' | ')).not.toMatch(/table of contents/);
    const toc = html.replace(/#comment-(\d+)/g, (_m, n: string) => `#section-${Number(n) - 2582170}`);
    expect(detectArticle(parse(toc), url).reasons.join(' | ')).toMatch(/table of contents/);
  });

  it('does not read an encyclopaedia entry, a documentation page, a product or a forum thread as news', () => {
    expect(detect('wiki-page').why).toMatch(/Edit links/);
    expect(detect('wiki-page').why).toMatch(/table of contents/);
    expect(detect('docs-page').why).toMatch(/Edit links/);
    expect(detect('docs-page').why).toMatch(/Code samples/);
    expect(detect('product-page').why).toMatch(/\(Product\)/);
    for (const slug of ['wiki-page', 'docs-page', 'product-page', 'forum-thread']) expect(detect(slug).isArticle).toBe(false);
  });
});
