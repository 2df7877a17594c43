// A gated page that sends its whole story and hides the subscribers' part with its own markup: the CLI shows what
// the live page (and so the reader view) shows, the free part, says that only part is there, and lists the part it
// left out as removals. A subscriber's copy (the part not hidden) and a page that declares itself free keep all.
import { JSDOM } from 'jsdom';
import { describe, it, expect } from 'vitest';
import { runPipeline } from '../../lib/pipeline';
import { serializeSnapshot, snapshotPage } from '../../lib/page/snapshot';
import { parse, runHtml, prose } from './helpers';
import { extractArticle } from '../../lib/extract';

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council approves new harbour wall', ...o })}</script>`;
const GATED = ld({ isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.gated' } });
const FREE = (body: string) => ld({ isAccessibleForFree: true, articleBody: body });
const BARRIER = '<div class="barrier"><div id="paywall_container"></div></div>';
const paid = (n: number) => prose(n, 'sea defences').replace(/<p>/g, '<p class="gated">');

/** A page whose <html> has `htmlClass`, with `head` and the article `body`. */
const doc = (body: string, head: string, htmlClass = 'ssr') =>
  `<!DOCTYPE html><html lang="en" class="${htmlClass}"><head><title>Council approves new harbour wall</title>${head}</head>` +
  `<body><article><h1>Council approves new harbour wall</h1>${body}</article><footer><p>Copyright 2026 News Example.</p></footer></body></html>`;

const SHEET = '<style>.ssr .gated { display: none; opacity: 0 } .gated { opacity: .4 }</style>';
const heldBack = (r: ReturnType<typeof runHtml>) => r.removed.filter((x) => x.rule === 'paywall:held-back');

describe('the part a gated page holds back', () => {
  it('is left out when the page\'s own style rule hides it, each block a removal, and the story is partial', () => {
    const r = runHtml(doc(prose(1) + BARRIER + paid(8), GATED + SHEET));
    expect(r.article!.text).toContain('Paragraph 1 about the harbour wall');
    expect(r.article!.text).not.toContain('sea defences');
    expect(r.article!.partial?.evidence.join(' ')).toMatch(/hides the part/);
    const held = heldBack(r);
    expect(held).toHaveLength(8);
    expect(held[0]!.reason).toBe('paywall');
    expect(held[0]!.html).toContain('Paragraph 1 about the sea defences'); // undoable: the markup is there
    expect(held[0]!.evidence!.join(' ')).toContain('.ssr .gated');
  });

  it('stays out of the fallback to Readability alone, which a short free part calls for', () => {
    // The page's long runs of text (detection counts the hidden part too) make one free paragraph look short.
    const x = extractArticle(parse(doc(prose(1) + paid(8), GATED + SHEET)), { expected: 20000 });
    expect(x!.heldBack).toHaveLength(8);
    expect(x!.body.textContent).toContain('Paragraph 1 about the harbour wall');
    expect(x!.body.textContent).not.toContain('sea defences');
  });

  it('is left out when hidden by the hidden attribute, even with its text in the page\'s data', () => {
    const box = `<div class="gated" hidden>${prose(4, 'sea defences')}</div>`;
    const body = ld({ isAccessibleForFree: false, articleBody: 'Paragraph 1 about the sea defences: the council met on day 1 Paragraph 2 about the sea defences: the council met on day 2', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.gated' } });
    const r = runHtml(doc(prose(3) + box, body));
    expect(r.article!.text).not.toContain('sea defences');
    expect(heldBack(r)).toHaveLength(1);
    expect(r.article!.partial).toBeTruthy();
  });

  it('stays in a subscriber\'s copy, where the page does not hide it', () => {
    const r = runHtml(doc(prose(2) + paid(6), GATED + SHEET, 'subscriber'));
    expect(r.article!.text).toContain('Paragraph 6 about the sea defences');
    expect(heldBack(r)).toEqual([]);
    expect(r.article!.partial).toBeUndefined();
  });

  it('stays when a more specific rule of the page shows it again, and goes when a less specific one does', () => {
    const sheet = '<style>.ssr .gated { display: none } .ssr.pagedone .gated { display: block }</style>';
    const r = runHtml(doc(prose(2) + paid(6), GATED + sheet, 'ssr pagedone'));
    expect(r.article!.text).toContain('Paragraph 6 about the sea defences');
    expect(heldBack(r)).toEqual([]);
    // `.gated { display: block }` loses to `.ssr .gated { display: none }`, wherever it stands.
    const weaker = '<style>.ssr .gated { display: none } .gated { display: block }</style>';
    expect(heldBack(runHtml(doc(prose(2) + paid(6), GATED + weaker)))).toHaveLength(6);
  });

  it('stays when the page hides its whole story (nothing free would be left to read)', () => {
    const r = runHtml(doc(paid(6), GATED + SHEET));
    expect(r.article!.text).toContain('Paragraph 6 about the sea defences');
    expect(heldBack(r)).toEqual([]);
  });
});

describe('the extension and the CLI on a gated page', () => {
  // The extension reads the live page (computed styles) through its snapshot; the CLI reads the saved markup.
  const both = (html: string) => {
    const url = 'https://news.example/wall';
    const live = new JSDOM(html, { url, pretendToBeVisual: true }).window.document;
    const extension = runPipeline(new JSDOM(serializeSnapshot(snapshotPage(live)), { url }).window.document, { force: true, inPlace: true, url }).article!;
    const cli = runHtml(html, { url }).article!;
    return { extension, cli };
  };

  it('give the same free part and both say it is only part, whether the page hides it block by block or in a box', () => {
    const box = `<div class="gated" hidden>${prose(4, 'sea defences')}</div>`;
    for (const html of [doc(prose(3) + BARRIER + paid(4), GATED + SHEET), doc(prose(3) + BARRIER + box, GATED)]) {
      const { extension, cli } = both(html);
      for (const a of [extension, cli]) {
        expect(a.text).toContain('Paragraph 3 about the harbour wall');
        expect(a.text).not.toContain('sea defences');
        expect(a.partial).toBeTruthy();
      }
      expect(extension.text).toBe(cli.text);
    }
  });
});

describe('a page that declares itself free', () => {
  it('keeps the story it hides in a box, as before', () => {
    const box = `<div class="paywall" hidden>${prose(4, 'sea defences')}</div>`;
    const data = FREE('Paragraph 1 about the sea defences: the council met on day 1 Paragraph 2 about the sea defences: the council met on day 2');
    const r = runHtml(doc(prose(3) + box, data));
    expect(r.article!.text).toContain('Paragraph 4 about the sea defences');
    expect(heldBack(r)).toEqual([]);
    expect(r.article!.partial).toBeUndefined();
  });
});
