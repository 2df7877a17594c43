// Tracking pixels never reach the extracted article or the Markdown export: the saved file would load them. The
// extraction drops them while the inline style that tells them is still there (Readability strips it).
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import type { Report } from '../../lib/types';
import { dropTrackerImages } from '../../lib/tracker-image';
import { runHtml, page, parse, prose } from './helpers';
import { HOSTILE, PHOTO } from './tracker-fixtures';

describe('a tracking pixel', () => {
  it('is no picture in the Markdown export', () => {
    const r = runHtml(page(`${prose(2)}${PHOTO}${prose(4)}`));
    const md = toMarkdown({ ...r, article: { ...r.article!, html: `<p>One.</p>${HOSTILE[0]}${HOSTILE[2]}${PHOTO}` } } as Report);
    expect(md).not.toContain('t.example');
    expect(md).toContain('![The harbour wall](https://news.example/p/harbour.jpg)');
  });

  it('leaves the extracted article, by the inline style Readability would have stripped', () => {
    const r = runHtml(page(`${prose(2)}<p>${HOSTILE[0]}</p>${PHOTO}${prose(4)}`), { url: 'https://news.example/a/' });
    expect(r.article!.html).not.toContain('t.example');
    expect(r.article!.html).toContain('harbour.jpg');
  });

  it('but a lazy photo, sized as a pixel until its script loads it, stays', () => {
    const doc = parse(`<html><body><p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/p/lazy.jpg" style="width:1px;height:1px"></p><p>${HOSTILE[0]}</p></body></html>`);
    expect(dropTrackerImages(doc.body)).toBe(1);
    expect(doc.body.innerHTML).toContain('/p/lazy.jpg');
  });
});

const GIF1 = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('a lazy loader\'s blank placeholder with no address of its picture (SRF)', () => {
  it('leaves the article with its figure: no empty frame, no caption of a photo nobody sees', () => {
    const figure = `<figure><div data-image-id="a1dc454"><picture><img alt="Couple on the square" src="${GIF1}"></picture></div><figcaption><span>Legende:</span> The couple on the square. SRF</figcaption></figure>`;
    const html = runHtml(page(`${prose(2)}${figure}${PHOTO}${prose(4)}`)).article!.html;
    expect(html).not.toContain('data:image');
    expect(html).not.toContain('The couple on the square');
    expect(html).toContain('The wall at dawn');
  });

  it('is no picture in the Markdown export', () => {
    const r = runHtml(page(`${prose(2)}${PHOTO}${prose(4)}`));
    const md = toMarkdown({ ...r, article: { ...r.article!, html: `<p>One.</p><figure><img alt="x" src="${GIF1}"></figure>${PHOTO}` } } as Report);
    expect(md).not.toContain('data:image');
  });

  it('but a lazy picture with its address stays', () => {
    const html = runHtml(page(`${prose(2)}<figure><img alt="Boats" src="${GIF1}" data-src="https://news.example/p/boats.jpg" width="800" height="500"><figcaption>Boats in the harbour</figcaption></figure>${prose(4)}`)).article!.html;
    expect(html).toContain('boats.jpg');
    expect(html).toContain('Boats in the harbour');
  });
});
