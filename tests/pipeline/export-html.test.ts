// HTML export and the shared sanitiser policy as the CLI applies it (DOMPurify over jsdom): hostile pages run
// nothing, load nothing from elsewhere by themselves, and the reader keeps every paragraph the text has.
import { describe, it, expect, beforeAll } from 'vitest';
import { JSDOM } from 'jsdom';
import { toHtml } from '../../lib/export';
import { safeUrl, type ArticleSanitizer } from '../../lib/sanitize';
import type { Report } from '../../lib/types';
import { loadSanitizer } from '../../cli/sanitize';
import { runHtml, page, prose } from './helpers';

let sanitize: ArticleSanitizer;
beforeAll(async () => { sanitize = await loadSanitizer(); });

function report(html: string, url: string | null = 'https://paper.example/2026/01/05/harbour/'): Report {
  return {
    url, isArticle: true, articleScore: 1, reasons: [], removed: [], quotes: [], parties: [],
    timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
    article: { title: 'Harbour <wall> "approved"', byline: 'By Jane Doe', siteName: 'The Paper', publishedTime: null, lang: 'en', excerpt: null, text: '', html },
  };
}

/** Every element of the document as a browser parses it, for assertions that do not depend on serialisation. */
const elements = (html: string) => Array.from(new JSDOM(html).window.document.querySelectorAll('*'));
const dangerous = (html: string) => elements(html).flatMap((el) => [
  ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'SVG', 'MATH', 'FRAME'].includes(el.tagName.toUpperCase()) && el.closest('article') ? [el.tagName] : []),
  ...el.getAttributeNames().filter((a) => /^on/i.test(a) || a === 'srcset' || a === 'style' || a === 'formaction').map((a) => `${el.tagName}[${a}]`),
  ...['href', 'src', 'action', 'xlink:href'].map((a) => el.getAttribute(a)).filter((v): v is string => !!v && !/^(https?:|mailto:|data:image\/(png|gif|jpeg|webp|avif))/i.test(v)),
]);

describe('the shared sanitiser policy, in the CLI', () => {
  it('removes scripts, handlers, frames, forms, styles, a tracker pixel and a foreign <base>', () => {
    const html = `<base href="https://evil.example/"><p>Text<script>alert(1)</script><img src="/a.jpg" onerror="alert(2)" srcset="https://t.example/x.jpg 2x">
      <a href="javascript:alert(3)">x</a><a href="/story" onclick="alert(4)" target="_top">story</a></p><iframe src="https://t.example"></iframe>
      <form action="https://t.example/"><button formaction="javascript:alert(5)">b</button></form><svg onload="alert(6)"><a xlink:href="javascript:alert(7)">s</a></svg>
      <img src="https://t.example/p.gif" width="1" height="1"><img src="https://t.example/q.gif" style="display:none" width="0"><p style="position:fixed">s</p>
      <meta http-equiv="refresh" content="0;url=https://evil.example/"><link rel="stylesheet" href="https://t.example/a.css"><math><mi xlink:href="javascript:alert(8)">m</mi></math>`;
    const out = sanitize(html, 'https://news.example/2025/10/story/');
    expect(dangerous(`<article>${out}</article>`)).toEqual([]);
    expect(out).not.toMatch(/t\.example|evil\.example|<base|<meta|<link|javascript/i);
    expect(out).toContain('src="https://news.example/a.jpg"');
    expect(out).toContain('href="https://news.example/story"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).not.toContain('_top');
  });

  it.each([
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '<a href="&#x6A;avascript:alert(1)">x</a><a href="jav&#x09;ascript:alert(1)">y</a><a href=" JaVaScRiPt:alert(1)">z</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a><img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<xmp><img src=x onerror=alert(1)></xmp><plaintext><img src=x onerror=alert(1)>',
  ])('leaves nothing that runs when a browser parses the output of %s', (payload) => {
    expect(dangerous(`<article>${sanitize(payload, 'https://news.example/')}</article>`)).toEqual([]);
  });

  it('keeps the article: paragraphs, headings, figures, quotes, lists, tables, pictures as data', () => {
    const out = sanitize('<h2>H</h2><figure><img src="https://x.example/i.jpg" alt="a"><figcaption>c</figcaption></figure><blockquote><p>q</p></blockquote>' +
      '<ul><li>l</li></ul><table><tr><td>1</td><td></td></tr></table><img src="data:image/png;base64,iVBORw0KGgo=" alt="p">');
    for (const t of ['<h2>', '<figure>', '<figcaption>', '<blockquote>', '<li>', '<td>1</td><td></td>', 'src="data:image/png;base64']) expect(out).toContain(t);
  });

  it('leaves no empty wrappers where blocks were removed', () => {
    const out = sanitize('<div><div class="share"></div><section><div> </div><span>\u200b</span></section><p>Kept</p><p><br></p><div><img src="https://x.example/i.jpg" alt=""></div></div>');
    expect(out).toBe('<div><p>Kept</p><p><br></p><div><img src="https://x.example/i.jpg" alt="" loading="lazy" referrerpolicy="no-referrer"></div></div>');
  });
});

describe('HTML export', () => {
  it('never puts an unsafe canonical address into a link, and escapes the title and byline', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      const html = toHtml(report('<p>Body.</p>', url), sanitize);
      expect(html).not.toMatch(/script:|data:text/i);
      expect(elements(html).filter((e) => e.tagName === 'A')).toHaveLength(0);
    }
    const html = toHtml(report('<p>Body.</p>'), sanitize);
    expect(html).toContain('<title>Harbour &lt;wall&gt; &quot;approved&quot;</title>');
    expect(html).toContain('<p class="meta">Jane Doe · The Paper</p>');
    expect(html).toContain('<a href="https://paper.example/2026/01/05/harbour/" rel="noopener noreferrer">');
    expect(html).toContain("default-src 'none'");
  });

  it('keeps the last paragraphs after malformed markup (raw-text elements the page left open)', () => {
    for (const bad of ['<xmp>', '<noembed>', '<noframes>', '<plaintext>', '<p>un<b>closed<i>', '<table><p>', '</div></div></article>', '<a href="x">']) {
      const r = runHtml(page(prose(4) + bad + '<p>Middle paragraph on the quay closure and its costs for the town.</p><p>The last paragraph says the works start in spring.</p>'));
      expect(r.article!.text, bad).toContain('The last paragraph says the works start in spring.');
      expect(toHtml(r, sanitize), bad).toContain('The last paragraph says the works start in spring.');
    }
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://a.example/x', null, 'https://a.example/x'], ['/x y', 'https://a.example/b/', 'https://a.example/x%20y'], ['x', null, 'x'],
    ['mailto:a@b.example', null, 'mailto:a@b.example'], ['//cdn.example/i.js', null, 'https://cdn.example/i.js'],
    ['javascript:x', null, null], ['JAVASCRIPT:x', 'https://a.example/', null], ['java\tscript:x', null, null], ['\u0000javascript:x', null, null],
    ['vbscript:x', null, null], ['data:text/html,x', null, null], ['tel:123', null, null], ['ftp://a.example/', null, null], ['http://[bad', null, null],
  ])('%j against %j is %j', (raw, base, expected) => {
    expect(safeUrl(raw, base)).toBe(expected);
  });
});
