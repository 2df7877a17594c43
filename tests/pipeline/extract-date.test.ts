import { describe, it, expect } from 'vitest';
import { plausibleDate } from '../../lib/extract';
import { runHtml, page, prose } from './helpers';

// A page's structured data sometimes carries a placeholder date ("0001-01-01"): the reader must see the printed one.
describe('publication date', () => {
  it('passes over a placeholder date for the one the page prints', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new harbour wall after long debate","datePublished":"0001-01-01T00:00:00"}</script>';
    const html = page(`<p><time datetime="2019-11-19T22:04:00Z">Nov 19, 2019</time></p>${prose(4)}`, { extraHead: ld })
      .replace('<meta property="article:published_time" content="2026-01-05T10:00:00Z">', '');
    expect(runHtml(html).article?.publishedTime).toBe('2019-11-19T22:04:00Z');
  });
  it('tells placeholders from dates', () => {
    for (const d of ['0001-01-01', '0001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31', '', '   ']) expect(plausibleDate(d), d).toBe(false);
    for (const d of ['2019-11-19T22:04:00Z', '1923-05-01', '2 de diciembre de 2024', '5. November 2024']) expect(plausibleDate(d), d).toBe(true);
  });
});
