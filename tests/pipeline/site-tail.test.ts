// A title that ends with the site's name, which the page gives elsewhere (og:site_name, the text of its link to the
// home page) but which splitTitle cannot tell from the title alone: the reader shows the headline, the site apart.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';
import { titleBeforeSiteName } from '../../lib/site-tail';

const pageOf = (title: string, head = '', nav = '') => `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-05T10:00:00Z">${head}</head>
<body><nav>${nav}</nav><main><article><div class="entry-content">${prose(5)}</div></article></main></body></html>`;

describe('the site\'s name at the title\'s end', () => {
  it('is taken off, with the section before it, where the home link names the site', () => {
    const a = runHtml(pageOf('海外留学生看两会：出国前后关注点大不同_教育频道_青年日报网', '', '<a href="https://www.example.cn/">首页</a><a href="https://www.example.cn">青年日报网</a>')).article!;
    expect(a.title).toBe('海外留学生看两会：出国前后关注点大不同');
    expect(a.siteName).toBe('青年日报网');
  });
  it('is taken off with the host\'s name after it, where og:site_name (itself holding a separator) names it', () => {
    const a = runHtml(pageOf('新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 EXAMPLE ::', '<meta property="og:site_name" content="史蒂文的家_藍天">')).article!;
    expect(a.title).toBe('新竹尖石_美樹營地賞楓 (2)');
  });
  it('leaves a title whole when no name the page gives ends it', () => {
    const a = runHtml(pageOf('海外留学生看两会：出国前后关注点大不同_教育频道_青年日报网', '', '<a href="https://www.example.cn/">首页</a>')).article!;
    expect(a.title).toBe('海外留学生看两会：出国前后关注点大不同_教育频道_青年日报网');
  });
  it('needs a separator before the name and a headline left of it', () => {
    expect(titleBeforeSiteName('Harbour Wall Weekly reports record tides', ['Harbour Wall Weekly'])).toBeNull();
    expect(titleBeforeSiteName('Tides rise | Harbour Wall Weekly', ['Harbour Wall Weekly'])).toBeNull();
    expect(titleBeforeSiteName('Council approves new harbour wall | Harbour Wall Weekly', ['Harbour Wall Weekly'])?.title).toBe('Council approves new harbour wall');
  });
});
