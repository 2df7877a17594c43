// A story the page splits over several pages ("1 2 Next >>", rel=next) says so: the report names the next page and
// the exports and `clean` end with a note and its address (never fetched), so that page 1 does not pass for the
// whole story. Found by structure: the next page's address is this page's with a page number added; a rel=next to
// another story (a blog's next post), a comment list's pager and a site's front page are none.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, runHtml, page, prose } from './helpers';
import { nextPageOf } from '../../lib/next-page';
import { toHtml, toMarkdown, toPlainText } from '../../lib/export';
import { cleanView } from '../../cli/output';

const url = 'https://news.example/articles/view/local/48213';
const doc = (head: string, body = '') => parse(`<html><head>${head}</head><body>${body}</body></html>`);

describe("the page's own next page", () => {
  it('is read from rel=next when it is this page with a page number', () => {
    expect(nextPageOf(doc('<link rel="next" href="/articles/view/local/48213/2">'), url)).toBe(`${url}/2`);
    expect(nextPageOf(doc('<link rel="next" href="/news/storm-hits-coast.html?page=2">'), 'https://news.example/news/storm-hits-coast.html')).toBe('https://news.example/news/storm-hits-coast.html?page=2');
    // Page 2 of a story leads to page 3.
    expect(nextPageOf(doc('<link rel="next" href="/articles/view/local/48213/3">'), `${url}/2`)).toBe(`${url}/3`);
  });

  it('is read from a numbered pager when the page has no rel=next', () => {
    const pager = '<ul><li><a href="#">1</a></li><li><a href="/articles/view/local/48213/2">2</a></li><li><a href="/articles/view/local/48213/3">3</a></li></ul><a href="/articles/view/local/48213/2">Next &gt;&gt;</a>';
    expect(nextPageOf(doc('', pager), url)).toBe(`${url}/2`);
  });

  it('is none for a next post, a comment pager, a link without a page number as its text, or the front page', () => {
    expect(nextPageOf(doc('<link rel="next" href="https://news.example/2019/11/20/another-story/">'), 'https://news.example/2019/11/19/this-story/')).toBeNull();
    expect(nextPageOf(doc('', '<a href="/articles/view/local/48213?cpage=2">2</a>'), url)).toBeNull();
    expect(nextPageOf(doc('', '<a href="/articles/view/local/48213/2">Photos</a>'), url)).toBeNull();
    expect(nextPageOf(doc('<link rel="next" href="/2">'), 'https://news.example/')).toBeNull();
    expect(nextPageOf(doc('<link rel="next" href="https://other.example/articles/view/local/48213/2">'), url)).toBeNull();
  });
});

describe('the pager, looked for on a page of many links', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it("reads the address only of a link whose text is a page number: a page's other links cost no URL parse", () => {
    const links = Array.from({ length: 300 }, (_, i) => `<li><a href="/articles/view/local/${50000 + i}">Harbour story number ${i}</a></li>`).join('');
    const pager = '<a href="/articles/view/local/48213/2">2</a><a href="/articles/view/local/48213/3">3</a><a href="/articles/view/local/48213/02">02</a>';
    const d = doc('', `<ul>${links}</ul>${pager}`);
    let parsed = 0;
    const Real = URL;
    vi.stubGlobal('URL', class extends Real { constructor(u: string | URL, base?: string | URL) { super(u, base); parsed++; } });
    expect(nextPageOf(d, url)).toBe(`${url}/2`);
    expect(parsed).toBeLessThan(10);
  });
});

describe('a story continued on the next page', () => {
  const html = page(prose(5), { extraHead: `<link rel="canonical" href="${url}"><link rel="next" href="${url}/2">` });

  it('is said in the report, the exports and clean, with the address', () => {
    const r = runHtml(html);
    expect(r.article!.continues).toBe(`${url}/2`);
    const md = toMarkdown(r);
    expect(md).toContain(`continues: "${url}/2"`);
    expect(md.trimEnd()).toMatch(/The story continues on the next page: <https:\/\/news\.example\/articles\/view\/local\/48213\/2>\*$/);
    expect(toPlainText(r).trimEnd()).toMatch(/\[The story continues on the next page: https:\/\/news\.example\/articles\/view\/local\/48213\/2\]$/);
    expect(toHtml(r, (h) => h)).toContain(`The story continues on the next page: <a href="${url}/2"`);
    expect(cleanView(r)).toContain(`[The story continues on the next page: ${url}/2]`);
  });

  it('is not said of a whole story', () => {
    const r = runHtml(page(prose(5), { extraHead: `<link rel="canonical" href="${url}">` }));
    expect(r.article!.continues).toBeUndefined();
    expect(toMarkdown(r)).not.toContain('continues');
    expect(cleanView(r)).not.toContain('continues on the next page');
  });
});
