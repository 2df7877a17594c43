// Faults a reader saw on real pages in the reader view, the CLI and the exports, each on invented markup: the
// title's site suffix, an image given only as a srcset, an advert label in brackets, skip links left beside the box
// they skipped, a caption whose video is gone, headings of emptied sections at the end, the odd one out of a
// removed box, a rubric list above the text.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown } from '../../lib/export';
import { htmlToMarkdown } from '../../lib/export-markdown';

describe('the title', () => {
  it('is the headline without the site suffix in the report, as on every surface', () => {
    const r = runHtml(page(prose(4), { title: 'Harbour wall approved | Harbour Gazette', extraHead: '<meta property="og:site_name" content="Harbour Gazette">' }));
    expect(r.article!.title).toBe('Harbour wall approved');
    expect(r.article!.siteName).toBe('Harbour Gazette');
  });
});

describe('an image given only as a srcset', () => {
  const figure = '<figure><img alt="The quay at dawn" srcset="//img.example/quay-small.jpg 320w, //img.example/quay-large.jpg 1280w"><figcaption>The quay at dawn.</figcaption></figure>';
  it('gets its src from the srcset (its largest candidate), never the article\'s own address', () => {
    const r = runHtml(page(prose(2) + figure + prose(2, 'ferry strike')), { url: 'https://news.example/2026/quay.html' });
    expect(r.article!.html).toContain('src="https://img.example/quay-large.jpg"');
    const md = toMarkdown(r);
    expect(md).toContain('![The quay at dawn](https://img.example/quay-large.jpg)');
    expect(md).not.toContain('](https://news.example/2026/quay.html)');
  });
  it('is left out of the Markdown when it has no address at all', () => {
    const md = htmlToMarkdown('<p>The quay.</p><p><img alt="Nothing here" src=""></p>', 'https://news.example/2026/quay.html');
    expect(md).toBe('The quay.');
  });
});
