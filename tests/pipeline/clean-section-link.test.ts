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

describe('a link to the same section on another host of the site', () => {
  it('is removed as navigation: the site\'s edition in another language files the story the same way', () => {
    const r = runHtml(pageWith(`${prose(1)}<p><a href="https://english.example.org/nyheter/"><strong>Les nyheter på engelsk</strong></a></p>`), { url });
    expect(r.removed.find((x) => x.rule === 'link:section')?.text).toBe('Les nyheter på engelsk');
  });

  it('is no picture\'s caption for its icon (an unsized <svg>), after a picture', () => {
    const figure = '<figure><img src="https://img.example/quay.jpg" alt="The quay"><figcaption>The quay</figcaption></figure>';
    const r = runHtml(pageWith(`${prose(1)}${figure}<p><a href="https://english.example.org/nyheter/"><svg><use href="#arrow"/></svg><strong>Les nyheter på engelsk</strong></a></p>`), { url });
    expect(r.article!.html).not.toContain('Les nyheter');
    expect(r.article!.html).toContain('The quay');
  });

  it('stays when the host belongs to another site or the path is not an ancestor', () => {
    for (const href of ['https://english.other.org/nyheter/', 'https://english.example.org/sport/'])
      expect(runHtml(pageWith(`${prose(1)}<p><a href="${href}"><strong>Les nyheter på engelsk</strong></a></p>`), { url }).removed.some((x) => x.rule === 'link:section')).toBe(false);
  });
});
