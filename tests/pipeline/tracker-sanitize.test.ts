// @vitest-environment jsdom
// Tracking pixels never reach the reader view or the HTML export: opening either would load them. The sanitiser of
// both hosts tells them by structure (a pixel's size by attribute or inline style, an off-screen place), never by host.
import { describe, it, expect } from 'vitest';
import { sanitizeArticleHtml } from '../../utils/sanitize';
import { loadSanitizer } from '../../cli/sanitize';
import { HOSTILE, PHOTO } from './tracker-fixtures';

describe('a tracking pixel', () => {
  it.each(HOSTILE)('is dropped by both hosts\' sanitiser: %s', async (px) => {
    const html = `<p>One.</p>${px}${PHOTO}`;
    const cli = await loadSanitizer();
    for (const out of [sanitizeArticleHtml(html, 'https://news.example/a/'), cli(html, 'https://news.example/a/')]) {
      expect(out).not.toContain('t.example');
      expect(out).toContain('https://news.example/p/harbour.jpg');
    }
  });
});

describe('a picture sized by its box, not a pixel', () => {
  const KEPT = [
    // Next.js: zero size, grown to fill its box by min-width/min-height.
    '<img src="https://news.example/p/fill.jpg" alt="Fill" style="position:absolute;width:0;height:0;min-width:100%;max-width:100%;min-height:100%">',
    // An aspect-ratio box: no height, its padding makes room for the picture.
    '<img src="https://news.example/p/ratio.jpg" alt="Ratio" style="padding-bottom:56.25%;height:0;max-height:0">',
  ];
  it.each(KEPT)('stays: %s', (img) => {
    const out = sanitizeArticleHtml(`<figure>${img}<figcaption>c</figcaption></figure>`, 'https://news.example/a/');
    expect(out).toContain('news.example/p/');
  });
});
