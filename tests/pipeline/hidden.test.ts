// What the live page hides stays out of the reader view and the report: hover cards inside a paragraph, player
// notices, closed menus. A collapsed stretch of the article (several paragraphs) is kept: no paragraph is lost.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropHidden, HIDDEN_RUN_ATTR, notRendered } from '../../lib/hidden';
import { runPipeline } from '../../lib/pipeline';
import { serializeSnapshot, snapshotDocument, snapshotPage } from '../../lib/page/snapshot';
import { resolveHiddenRuns } from '../../lib/hidden-story';

const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to read as prose: the ferry union and the port authority met again on Tuesday.</p>`;
const PAGE = `<!doctype html><html lang="en"><head><title>Talks resume</title>
<style>.hovercard{display:none} .player-unsupported{display:none} .menu{display:none} .more{display:none}</style></head>
<body><nav class="menu"><a href="/a">Home</a><a href="/b">World</a></nav>
<article><h1>Talks resume</h1>
<p>The union's leader, <a href="/people/marta">Marta Lindqvist<span class="hovercard">Marta Lindqvist is a columnist. Follow her for updates.</span></a>, said the talks would resume on Tuesday morning at the port office.</p>
<figure><div class="player-unsupported">Media playback is unsupported on your device</div><img src="/ferry.jpg" alt="A ferry"><figcaption>The ferry at the quay.</figcaption></figure>
${[1, 2, 3, 4].map(para).join('\n')}
<div class="more">${para(5)}${para(6)}</div>
</article></body></html>`;

describe('hidden elements', () => {
  it('notRendered reads computed styles: style sheets, the hidden attribute, screen-reader-only clipping', () => {
    const doc = new JSDOM(`<style>.x{display:none} .sr{position:absolute;clip:rect(0, 0, 0, 0)} .sr2{position:absolute;clip:rect(1px, 1px, 1px, 1px)}
      .inset{position:absolute;clip-path:inset(50%)} .crop{position:absolute;clip:rect(0px, 200px, 100px, 0px)} .flow{clip:rect(0 0 0 0)}</style>
      <p class="x">a</p><p hidden>b</p><p>c</p><span class="sr">Image copyright</span><span class="sr2">d</span><span class="inset">e</span>
      <span class="crop">a cropped picture</span><span class="flow">clip does nothing without position</span>`).window.document;
    expect(Array.from(doc.querySelectorAll('p, span'), notRendered)).toEqual([true, true, false, true, true, true, false, false]);
  });

  it('drops hidden widgets from the copy, marks hidden runs of a paragraph, keeps collapsed prose, never touches the live page', () => {
    const doc = new JSDOM(PAGE).window.document;
    const before = doc.documentElement.outerHTML;
    const copy = doc.documentElement.cloneNode(true) as Element;
    expect(dropHidden(doc.documentElement, copy)).toBe(2);
    const text = copy.textContent ?? '';
    expect(copy.querySelector('.hovercard')!.hasAttribute(HIDDEN_RUN_ATTR)).toBe(true); // the host decides
    expect(text).not.toContain('Media playback is unsupported');
    expect(text).not.toContain('World');
    expect(text).toContain('Paragraph 6 of the story');
    expect(copy.querySelector('img')).not.toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("the page's snapshot leaves hidden widgets out of the article; images and captions stay", () => {
    const doc = new JSDOM(PAGE, { url: 'https://news.example/talks' }).window.document;
    const copy = snapshotDocument(doc, snapshotPage(doc));
    const r = runPipeline(copy, { force: true, inPlace: true, url: 'https://news.example/talks' });
    const text = r.article!.text;
    expect(text).toContain('said the talks would resume');
    expect(text).not.toContain('columnist');
    expect(text).not.toContain('Media playback is unsupported');
    expect(text).toContain('Paragraph 5 of the story');
    expect(r.article!.html).toContain('<img');
    expect(r.article!.html).toContain('The ferry at the quay.');
  });

  it("a run of a paragraph the page hides is the story when the page's data holds its text (a paywall's sentence)", () => {
    const page = (data: string) => PAGE
      .replace('</style>', ' .paywall{display:none}</style>')
      .replace('</head>', `${data}</head>`)
      .replace('<p>Paragraph 1 of', '<p>The port authority said the unions <span class="paywall">would have to sign the new roster before any ferry sails again.</span></p><p>Paragraph 1 of');
    const body = 'The port authority said the unions would have to sign the new roster before any ferry sails again. Paragraph 1 of the story.';
    // As the extension runs it: the snapshot's HTML parsed in the host, its hidden runs decided there.
    const textOf = (html: string) => {
      const doc = new JSDOM(html, { url: 'https://news.example/talks' }).window.document;
      const copy = new JSDOM(serializeSnapshot(snapshotPage(doc))).window.document;
      resolveHiddenRuns(copy);
      expect(copy.querySelector(`[${HIDDEN_RUN_ATTR}]`)).toBeNull();
      return runPipeline(copy, { force: true, inPlace: true, url: 'https://news.example/talks' }).article!;
    };
    const withData = textOf(page(`<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`));
    expect(withData.text).toContain('the unions would have to sign the new roster');
    // The hover card's text is not in the data: it stays out, of the standfirst too.
    expect(withData.text).not.toContain('columnist');
    expect(withData.standfirst ?? '').not.toContain('columnist');
    expect(textOf(page('')).text).not.toContain('would have to sign');
  });

  it('hosts without styles (the CLI) are unchanged unless they ask', () => {
    const doc = new JSDOM(PAGE, { url: 'https://news.example/talks' }).window.document;
    expect(runPipeline(doc, { force: true }).article!.text).toContain('columnist');
  });

  it('keeps apart the words of boxes the page lays out apart (flex, grid), and only those', () => {
    const doc = new JSDOM(`<style>.meta{display:flex;justify-content:space-between}</style>
      <div class="meta"><span>15.04.2026 - 15:48 Uhr</span><span>Lesedauer: 2 Min.</span></div>
      <div style="display:grid"><a href="/a">Publiziert</a><time>6. November 2025</time></div>
      <p>Ein <b>Wort</b>teil bleibt ganz.</p><p>東京<span>都</span>の知事</p>`).window.document;
    const copy = doc.documentElement.cloneNode(true) as Element;
    dropHidden(doc.documentElement, copy);
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('15:48 Uhr Lesedauer: 2 Min.');
    expect(text).toContain('Publiziert 6. November 2025');
    expect(text).toContain('Ein Wortteil bleibt ganz.');
    expect(text).toContain('東京都の知事');
    expect(doc.querySelector('.meta')!.textContent).toBe('15.04.2026 - 15:48 UhrLesedauer: 2 Min.');
  });
});
