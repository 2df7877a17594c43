// A lone link to the section the page is filed under ("World" over the headline) files the story and is no part of
// it: its address is an ancestor of the page's own, in any language. A short link to another page stays.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';

const pageWith = (lead: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council approves new harbour wall</title><meta property="og:type" content="article"></head>` +
  `<body><main><article><h1>Council approves new harbour wall</h1><div class="body">${lead}${prose(5)}</div></article></main></body></html>`;
const url = 'https://news.example.org/nyheter/lokalt/harbour-wall-approved-1.2345';

describe('a link to the page\'s own section', () => {
  it('is removed as navigation, whatever its word', () => {
    const r = runHtml(pageWith('<span class="label"><a href="/nyheter/lokalt"><span>Lokalt</span></a></span>'), { url });
    expect(r.article!.text).not.toMatch(/^Lokalt/m);
    expect(r.removed.find((x) => x.rule === 'link:section')?.text).toBe('Lokalt');
  });

  it('keeps a short link to a page that is not an ancestor of this one', () => {
    const r = runHtml(pageWith('<p><a href="/nyheter/lokalt/harbour-report-1.2300">Read the report</a></p>'), { url });
    expect(r.removed.some((x) => x.rule === 'link:section')).toBe(false);
  });
});
