// A box's own picture goes with the box (lib/clean/box-picture.ts): a newsletter sign-up's graphic stayed in the
// reader and the Markdown under the lead photo once its pitch, heading and form were removed. A photo of the story
// stays: the lead photo, a captioned one, and one beside a single removed line.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown } from '../../lib/export';

const lead = '<figure><img src="https://img.example/quay.jpg" alt="The quay at dawn"><figcaption>The quay at dawn.</figcaption></figure>';
const signup = '<div class="nl-box"><div><img src="https://img.example/static/signup-graphic.png" alt="Harbour Alerts"></div><div>' +
  '<p>Sign up for the Harbour Weekly newsletter</p><p>Subscribe to the Harbour Weekly newsletter</p></div></div>';

describe('a bare picture in a box whose other blocks were all removed', () => {
  it('goes with them, with their reason; the lead photo stays', () => {
    const r = runHtml(page(lead + prose(2) + signup + prose(3, 'ferry strike')));
    const md = toMarkdown(r);
    expect(md).not.toContain('signup-graphic.png');
    expect(md).toContain('![The quay at dawn](https://img.example/quay.jpg)');
    const pic = r.removed.find((x) => x.rule === 'media:removed-box');
    expect(pic?.text).toBe('Harbour Alerts');
    expect(pic?.reason).toBe(r.removed.find((x) => x.text.startsWith('Sign up for the Harbour'))?.reason);
  });

  it('stays when its box lost one line only, or holds a caption', () => {
    const photo = '<div class="pic"><div><img src="https://img.example/ferry.jpg" alt="The ferry"></div><p>Share</p></div>';
    const r = runHtml(page(prose(2) + photo + prose(3, 'ferry strike')));
    expect(toMarkdown(r)).toContain('ferry.jpg');
  });
});

describe('a banner picture in the story (lib/clean/banner-picture.ts)', () => {
  const banner = (alt: string, href = 'https://gazette.example/advertise/', w = 1187, h = 335) =>
    `<p><a href="${href}" target="_blank"><img src="https://gazette.example/uploads/harbour_banner_2.jpg" alt="${alt}" width="${w}" height="${h}"></a></p>`;
  it('goes as an advert when it is strip-shaped, links to a page and is named by its file name only', () => {
    const r = runHtml(page(prose(4) + banner('harbour_banner_2')));
    expect(toMarkdown(r)).not.toContain('harbour_banner_2.jpg');
    expect(r.removed.find((x) => x.rule === 'media:banner')?.reason).toBe('advert');
  });
  it('stays when a writer described it, when it links to its own full size, or when it is shaped like a photo', () => {
    for (const b of [banner('The harbour wall at low tide'), banner('harbour_banner_2', 'https://gazette.example/uploads/harbour_banner_2-full.jpg'), banner('harbour_banner_2', undefined, 1200, 800)])
      expect(toMarkdown(runHtml(page(prose(4) + b)))).toContain('harbour_banner_2');
  });
  it('goes as an advert when described by a product name but set in a box whose class names say advert', () => {
    const inAd = (w: number, h: number) => `<div class="ad-disclosure"><p><em>We may earn a commission on purchases.</em> <a href="/about/">More.</a></p>${banner('Tidewater 100W charger', 'https://short.example/x1', w, h)}</div>`;
    const r = runHtml(page(prose(4) + inAd(750, 150)));
    expect(toMarkdown(r)).not.toContain('harbour_banner_2.jpg');
    expect(r.removed.find((x) => x.rule === 'media:banner')?.evidence).toContain('the class names of its box say advert');
    expect(toMarkdown(runHtml(page(prose(4) + inAd(750, 500))))).toContain('harbour_banner_2.jpg');
  });
});
