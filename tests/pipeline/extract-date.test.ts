import { describe, it, expect } from 'vitest';
import { plausibleDate } from '../../lib/extract';
import { updatedAfter } from '../../lib/updated-date';
import { runHtml, page, prose } from './helpers';

// A page's structured data sometimes carries a placeholder date ("0001-01-01"): the reader must see the printed one.
describe('publication date', () => {
  it('passes over a placeholder date for the one the page prints', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new harbour wall after long debate","datePublished":"0001-01-01T00:00:00"}</script>';
    const html = page(`<p><time datetime="2019-11-19T22:04:00Z">Nov 19, 2019</time></p>${prose(4)}`, { extraHead: ld })
      .replace('<meta property="article:published_time" content="2026-01-05T10:00:00Z">', '');
    expect(runHtml(html).article?.publishedTime).toBe('2019-11-19T22:04:00Z');
  });
  it('reads a <time>\'s microdata date in `content` where it has no datetime', () => {
    const html = page(`<p><time itemprop="datePublished" content="2017-12-01T03:00:00-0800">December 1, 2017 3:00 AM PST</time></p>${prose(4)}`)
      .replace('<meta property="article:published_time" content="2026-01-05T10:00:00Z">', '');
    expect(runHtml(html).article?.publishedTime).toBe('2017-12-01T03:00:00-0800');
  });
  it('tells placeholders from dates', () => {
    for (const d of ['0001-01-01', '0001-01-01T00:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31', '', '   ']) expect(plausibleDate(d), d).toBe(false);
    for (const d of ['2019-11-19T22:04:00Z', '1923-05-01', '2 de diciembre de 2024', '5. November 2024']) expect(plausibleDate(d), d).toBe(true);
  });
});

// A story rewritten long after it was first published says so: the reader sees both dates, not a stale one alone.
describe('updated date', () => {
  const ld = (published: string, modified: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"What the harbour wall is","datePublished":"${published}","dateModified":"${modified}"}</script>`;
  const run = (head: string) => runHtml(page(prose(4), { extraHead: head }).replace('<meta property="article:published_time" content="2026-01-05T10:00:00Z">', '')).article;

  it('is the structured data\'s dateModified when it is a day or more after the publication', () => {
    const a = run(ld('2012-05-10T09:00:00Z', '2026-04-24T08:30:00Z'));
    expect(a?.publishedTime).toBe('2012-05-10T09:00:00Z');
    expect(a?.updatedTime).toBe('2026-04-24T08:30:00Z');
  });

  it('is left out when the page changed the story within the day (sites stamp every save)', () => {
    expect(run(ld('2026-04-24T08:00:00Z', '2026-04-24T09:15:00Z'))).not.toHaveProperty('updatedTime');
  });

  it('reads the article:modified_time meta too, and needs a publication date to compare with', () => {
    expect(run('<meta property="article:published_time" content="2025-03-01T10:00:00Z"><meta property="article:modified_time" content="2025-03-04T10:00:00Z">')?.updatedTime).toBe('2025-03-04T10:00:00Z');
    expect(updatedAfter(null, ['2025-03-04T10:00:00Z'])).toBeNull();
    expect(updatedAfter('2025-03-01', ['not a date', '2025-03-04'])).toBe('2025-03-04');
    expect(updatedAfter('2025-03-01', ['2025-02-01'])).toBeNull();
  });
});
