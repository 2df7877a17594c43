import { describe, it, expect } from 'vitest';
import { detectArticle } from '../../lib/detect';
import { parse, page, prose, sample } from './helpers';

describe('detect', () => {
  it('says a news page is an article, with its reasons', () => {
    const d = detectArticle(parse(sample('harbour-ferry-strike.html')));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/JSON-LD NewsArticle/);
    expect(d.reasons.join(' ')).toMatch(/og:type article/);
  });

  it('says a listing of teasers is not, even when og:type claims article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/story-${i}">Story ${i} headline about the town</a></h2><p>A short excerpt of story ${i}, cut off after a line or two of text, so the reader clicks through to read the rest…</p></article>`).join('');
    const html = `<html><head><title>Search results</title><meta property="og:type" content="article"><link rel="canonical" href="https://paper.example/?s=harbour"></head><body><main>${teasers}</main></body></html>`;
    const d = detectArticle(parse(html));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/teasers/);
  });

  it('says a sign-in page and a product page are not articles', () => {
    const login = `<html><head><title>Sign in</title><meta property="og:type" content="website"></head><body><form><input type="email"><input type="password"><button>Sign in</button></form><p>By signing in you agree to our terms.</p></body></html>`;
    expect(detectArticle(parse(login), 'https://paper.example/signin').isArticle).toBe(false);
    const product = `<html><head><title>Rain jacket</title><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Jacket"}</script></head><body>${prose(3, 'jacket')}<p itemprop="price">£120</p></body></html>`;
    expect(detectArticle(parse(product), 'https://shop.example/product/jacket').isArticle).toBe(false);
  });

  it('ignores malformed JSON-LD instead of failing', () => {
    const html = page(prose(6), { extraHead: '<script type="application/ld+json">{"@type": "NewsArticle",,}</script>' });
    expect(() => detectArticle(parse(html))).not.toThrow();
    expect(detectArticle(parse(html)).isArticle).toBe(true);
  });

  it('stops reading a page past the budget and says why, so that the pipeline refuses it', async () => {
    const { runPipeline } = await import('../../lib/pipeline');
    const deep = parse('<html><body>' + '<div>'.repeat(500) + 'deep' + '</div>'.repeat(500) + '</body></html>');
    expect(detectArticle(deep)).toMatchObject({ isArticle: false, reasons: ['page nested too deeply (over 400 levels)'] });
    const wide = parse('<html><body>' + '<span>x</span>'.repeat(61_000) + '</body></html>');
    const r = runPipeline(wide, { force: true });
    expect(r.error).toBe('page too large (over 60000 elements)');
    expect(r.article).toBeNull();
  });
});
