import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { Window as HappyWindow } from 'happy-dom';
import createDOMPurify from 'dompurify';
import { toMarkdown, toPlainText, toHtml } from '../../lib/export';
import { runPipeline } from '../../lib/pipeline';
import { runHtml, page, prose, sample, parse } from './helpers';

describe('export', () => {
  const body = prose(3) + `<p><img src="/img/harbour.jpg" alt="The harbour"></p><ul><li>First point</li><li>Second point</li></ul><pre><code>const wall = 3;</code></pre>`;
  const report = runHtml(page(body), { url: 'https://paper.example/2026/01/05/harbour-wall/' });

  it('gives Markdown with front matter, absolute images, lists and code blocks', () => {
    const md = toMarkdown(report);
    expect(md.startsWith('---\ntitle: "Council approves new harbour wall after long debate"\nurl: "https://paper.example/2026/01/05/harbour-wall/"\n')).toBe(true);
    expect(md).toContain('published: "2026-01-05T10:00:00Z"');
    expect(md).toContain('\n---\n\n# Council approves new harbour wall after long debate\n\n');
    expect(md).toContain('![The harbour](https://paper.example/img/harbour.jpg)');
    expect(md).toMatch(/^-\s+First point$/m);
    expect(md).toContain('```\nconst wall = 3;\n```');
  });

  it('gives plain text with the headline first', () => {
    const t = toPlainText(report);
    expect(t.split('\n')[0]).toBe('Council approves new harbour wall after long debate');
    expect(t).toContain('Paragraph 2 about the harbour wall');
  });

  it('writes the date in the header lines of the text and HTML exports as a reader reads it, in the article\'s language', () => {
    const at = (lang: string | null, publishedTime: string) => ({ ...report, article: { ...report.article!, lang, publishedTime } });
    expect(toPlainText(at('en-GB', '2024-04-27T15:56:35+0100')).split('\n')[1]).toMatch(/27 April 2024$/);
    expect(toPlainText(at('de-DE', '2023-04-28T18:23:00+0000')).split('\n')[1]).toMatch(/28\. April 2023$/);
    expect(toPlainText(at('en_US', '2024-04-28'))).toContain('2024');
    const html = toHtml(at('en-GB', '2024-04-27T15:56:35+0100'), (h) => h);
    expect(html).toContain('<time datetime="2024-04-27T15:56:35+01:00">27 April 2024</time>');
  });

  it('passes no control characters (terminal escape sequences) on in plain text', () => {
    const r = runHtml(page(prose(3) + '<p>Red \u001b[31malert\u001b[0m and a bell \u0007 and \u009b1m too.</p>'));
    const t = toPlainText(r);
    expect(t).toContain('Red [31malert[0m and a bell  and 1m too.');
    expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('gives standalone HTML in which a hostile page runs nothing', () => {
    const hostile = prose(4) + `<p>Look <img src="x" onerror="alert(1)"> <a href="javascript:alert(2)">here</a></p><script>alert(3)</script><iframe src="https://tracker.example/"></iframe>`;
    const r = runHtml(page(hostile));
    const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    const html = toHtml(r, (h) => purify.sanitize(h) as string);
    expect(html).not.toMatch(/onerror|javascript:|<script|<iframe/i);
    expect(html).toContain("Content-Security-Policy");
    expect(html).toContain('Paragraph 4 about the harbour wall');
  });
});

describe('the pipeline under three DOMs', () => {
  it('gives the same clean text and removals with linkedom, jsdom and happy-dom, without touching the page', () => {
    const html = sample('harbour-ferry-strike.html');
    const viaLinkedom = runPipeline(parse(html), { force: true });
    const jsdom = new JSDOM(html).window.document;
    const before = jsdom.body.innerHTML;
    const viaJsdom = runPipeline(jsdom as unknown as Document, { force: true });
    expect(jsdom.body.innerHTML).toBe(before);
    const happy = new HappyWindow();
    happy.document.write(html);
    const viaHappy = runPipeline(happy.document as unknown as Document, { force: true });
    expect(viaJsdom.article!.text).toBe(viaLinkedom.article!.text);
    expect(viaHappy.article!.text).toBe(viaLinkedom.article!.text);
    expect(viaJsdom.removed.map((r) => r.fingerprint)).toEqual(viaLinkedom.removed.map((r) => r.fingerprint));
  });
});
