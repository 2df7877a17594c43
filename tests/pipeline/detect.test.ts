import { describe, it, expect } from 'vitest';
import { detectArticle, reasonParts, ARTICLE_THRESHOLD } from '../../lib/detect';
import { textWeight } from '../../lib/detect/signals';
import { parse, page, prose, sample } from './helpers';

const reasons = (html: string, url?: string) => detectArticle(parse(html), url).reasons.join(' | ');
/** A page around the given body, with no metadata at all. */
const bare = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`;

describe('detect', () => {
  it('says a news page is an article, with its reasons in words', () => {
    const d = detectArticle(parse(sample('harbour-ferry-strike.html')));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/Marked as a news article by the site \(NewsArticle\)/);
    expect(d.reasons.join(' ')).toMatch(/One long body of text \(about [\d,]+ words\)/);
  });

  it('gives every reason as a signed weight and words, and the score as their sum within 0..1', () => {
    for (const html of [sample('harbour-ferry-strike.html'), bare('<form><input type="password"></form>')]) {
      const d = detectArticle(parse(html));
      const parts = d.reasons.map(reasonParts);
      for (const p of parts) expect(p.weight).not.toBeNull();
      for (const p of parts) expect(p.text).not.toMatch(/^[+-]?\d/);
      const sum = parts.reduce((s, p) => s + p.weight!, 0);
      expect(d.score).toBeCloseTo(Math.max(0, Math.min(1, sum)), 2);
      expect(d.isArticle).toBe(sum >= ARTICLE_THRESHOLD - 1e-9);
    }
    expect(reasonParts('page too large (over 60000 elements)')).toEqual({ weight: null, text: 'page too large (over 60000 elements)' });
  });

  it('says a listing of teasers is not, even when og:type claims article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/story-${i}">Story ${i} headline about the town</a></h2><p>A short excerpt of story ${i}, cut off after a line or two of text, so the reader clicks through to read the rest…</p></article>`).join('');
    const html = `<html><head><title>Search results</title><meta property="og:type" content="article"><link rel="canonical" href="https://paper.example/?s=harbour"></head><body><main>${teasers}</main></body></html>`;
    const d = detectArticle(parse(html));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/teasers/);
  });

  it('reads a body of headlines with short excerpts as a list of stories, not as a body of text', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<div class="item"><h3><a href="/news/${i}">Headline number ${i} about the harbour</a></h3><div class="excerpt">The council met again on day ${i} and heard from residents about the plans for the harbour wall…</div></div>`).join('');
    const d = detectArticle(parse(bare(`<div class="results">${items}</div>`, '<meta property="og:type" content="article">')));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/list of stories \(10 teasers\)/);
    // A story whose subheadings link to the products it reviews keeps its body
    const review = Array.from({ length: 6 }, (_, i) => `<h3><a href="/shop/${i}">Game ${i}</a></h3><p>${'A long paragraph reviewing this game, its controls, its story and whether it is worth the price. '.repeat(4)}</p>`).join('');
    expect(detectArticle(parse(bare(`<article>${review}</article>`))).isArticle).toBe(true);
  });

  it('reads a listing whose teasers are plain <div>s alike (a linked headline and an excerpt), not headings or <article>s', () => {
    const teaser = (i: number) => `<div class="teaser"><a class="teaser__title" href="/environment/story-${i}">Story ${i}: the river authority says the new weir will be finished by spring</a><div class="teaser__excerpt">Residents on both banks were told at a meeting on day ${i} that the works would close the towpath for six weeks in the summer, and that the footbridge would stay open.</div></div>`;
    const d = detectArticle(parse(bare(`<h1>Environment</h1><div class="list">${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</div>`)), 'https://paper.example/environment/');
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/list of stories \(12 teasers\)/);
  });

  it('does not count headings that link to themselves (section anchors) as teasers', () => {
    const sections = Array.from({ length: 10 }, (_, i) => `<h2 id="s${i}"><a href="#s${i}">Part ${i}</a></h2><p>${'Sentences of a long explainer, section by section, with its facts and figures. '.repeat(3)}</p>`).join('');
    expect(reasons(bare(`<main>${sections}</main>`))).not.toMatch(/teasers|list of stories/);
  });

  it('says a sign-in page and a product page are not articles', () => {
    const login = `<html><head><title>Sign in</title><meta property="og:type" content="website"></head><body><form><input type="email"><input type="password"><button>Sign in</button></form><p>By signing in you agree to our terms.</p></body></html>`;
    expect(detectArticle(parse(login), 'https://paper.example/signin').isArticle).toBe(false);
    expect(reasons(login)).toMatch(/sign-in form/);
    const product = `<html><head><title>Rain jacket</title><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Jacket"}</script></head><body>${prose(3, 'jacket')}<p itemprop="price">£120</p></body></html>`;
    expect(detectArticle(parse(product), 'https://shop.example/product/jacket').isArticle).toBe(false);
  });

  it('does not hold a sign-in box in the header against the story beside it', () => {
    const header = '<header><form class="login"><input name="user"><input type="password" name="pw"><button>Log in</button></form></header>';
    const html = page(prose(6), { outside: '' }).replace('<body>', `<body>${header}`);
    const d = detectArticle(parse(html));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).not.toMatch(/sign-in/);
  });

  it('keeps a long body beside a video object and a rail of teasers, but not a video page with a line of text', () => {
    const ld = '<script type="application/ld+json">{"@type":"VideoObject","name":"Clip"}</script><meta property="og:type" content="article">';
    const rail = Array.from({ length: 25 }, (_, i) => `<article><a href="/2026/01/0${i % 9 + 1}/other-story-${i}/">Other story ${i}</a></article>`).join('');
    const story = detectArticle(parse(bare(`<div class="body">${prose(8).replace(/<p>/g, '<div class="paragraph">').replace(/<\/p>/g, '</div>')}</div><section>${rail}</section>`, ld)));
    expect(story.isArticle).toBe(true);
    expect(story.reasons.join(' ')).not.toMatch(/VideoObject|teasers/);
    const video = detectArticle(parse(bare('<video src="/v.mp4"></video><p>Floods in the valley: watch our report.</p>', ld.replace('article', 'video.other'))));
    expect(video.isArticle).toBe(false);
  });

  it('weighs text in scripts written without spaces as more than its characters', () => {
    expect(textWeight('The council met on Tuesday to discuss the harbour wall.')).toBe(1);
    expect(textWeight('北浜市は十四日、市内を走る路面電車の運行を延長すると発表した。')).toBeGreaterThan(2.5);
    expect(textWeight('서울시가 내년부터 한강 다리 열두 곳에 쉼터를 새로 짓기로 했다.')).toBeGreaterThanOrEqual(1.5);
    const ja = '<p>市によると、駅前の再開発で夜間の利用者が増え、終電後にタクシーを待つ行列が長くなっていた。延長に必要な運転士は、退職した職員の再雇用などで確保するという。</p>'.repeat(5);
    const d = detectArticle(parse(bare(`<div class="article">${ja}</div>`)));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/\d+ characters/);
  });

  it('weighs each text by its own script: an English footer does not outweigh a Japanese story', () => {
    const ja = '<p>気象庁は十三日、日向灘で震度五弱の地震があったと発表した。津波の心配はないという。</p>'.repeat(6);
    const footer = `<footer><p>Copyright © The Example Shimbun Company. All rights reserved. No reproduction or republication without written permission. ${'Terms apply. '.repeat(6)}</p></footer>`;
    const d = detectArticle(parse(bare(`<main><div class="story">${ja}</div></main>${footer}`)));
    expect(d.reasons.join(' ')).toMatch(/A body of text \(\d+ characters\)/);
  });

  it('counts text between <br>s in a <div> as running text', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} of a story set straight in a div, as older sites do, with enough words to read as running text.`).join('<br><br>');
    expect(detectArticle(parse(bare(`<div id="news">${text}</div>`))).isArticle).toBe(true);
  });

  it('holds edit links and a link to the page source against a page, but not source files linked from its text', () => {
    const body = `<div class="doc">${prose(6, 'retention policy')}</div>`;
    const edit = '<nav><a href="https://github.com/org/repo/blob/main/docs/retention.md">Edit on GitHub</a></nav>';
    expect(reasons(bare(edit + body))).toMatch(/Edit links/);
    const cited = `<div class="doc">${prose(6, 'parser')}<p>The proposal is at <a href="https://github.com/org/repo/blob/main/proposals/Explainer.md">its explainer</a>, which covers the details of the design.</p></div>`;
    expect(reasons(bare(cited))).not.toMatch(/edit/i);
    expect(reasons(bare(`<p><a href="/w/index.php?title=X&amp;action=edit">edit</a></p>${body}`))).toMatch(/Edit links/);
    expect(reasons(bare(`<nav><a href="https://gitlab.example/g/r/-/edit/main/docs/retention.md">Edit</a></nav>${body}`))).toMatch(/Edit links/);
    // A news site's section that passes through /edit/ (Nikkei's editorial pages) opens no editor.
    const sections = ['/edit/ncb/', '/edit/news/special/2024/', '/edit/sns/'].map((h) => `<a href="https://news.example${h}">s</a>`).join(' ');
    expect(reasons(bare(`<nav>${sections}</nav>${body}`))).not.toMatch(/Edit links/);
  });

  it('ignores malformed JSON-LD instead of failing', () => {
    const html = page(prose(6), { extraHead: '<script type="application/ld+json">{"@type": "NewsArticle",,}</script>' });
    expect(() => detectArticle(parse(html))).not.toThrow();
    expect(detectArticle(parse(html)).isArticle).toBe(true);
  });

  it('reads the author <meta> names that extraction reads as a byline (Dublin Core, Parse.ly, Sailthru)', () => {
    const body = `<p>${'A short news item. '.repeat(20)}</p>`;
    for (const name of ['author', 'dc.creator', 'parsely-author', 'sailthru.author']) {
      expect(reasons(`<html><head><meta name="${name}" content="Ana Ruiz"></head><body>${body}</body></html>`)).toMatch(/Names an author/);
    }
    expect(reasons(`<html><head><meta name="generator" content="Ana Ruiz"></head><body>${body}</body></html>`)).not.toMatch(/Names an author/);
  });

  it('reads microdata types and dates as it reads JSON-LD', () => {
    const html = bare(`<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2026-01-02"><p>${'A short news item. '.repeat(20)}</p></div>`);
    const r = reasons(html);
    expect(r).toMatch(/news article by the site \(NewsArticle\)/);
    expect(r).toMatch(/publication date/);
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

  it('reads a page without an <html> element, whose <body> some DOMs leave beside the <head>', () => {
    const html = `<!DOCTYPE html><!--[if IE]><html class="ie"><![endif]--><head><title>Story</title><meta property="og:type" content="article"></head><body><div class="story">${prose(6)}</div></body>`;
    const d = detectArticle(parse(html));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/A body of text \(about \d+ words\)/);
  });

  it('answers for an empty document without failing', () => {
    expect(detectArticle(parse('')).isArticle).toBe(false);
    expect(detectArticle(parse('<html><body></body></html>')).reasons.join(' ')).toMatch(/No running text/);
  });
});
