// A story card's thumbnail left between paragraphs (lib/clean/card-picture.ts): the card's headline, all link,
// was dropped by Readability and its picture stayed in the reader and the export, while Clean hid the card on the
// page. A story photo stays: the lead photo, one whose alt its caption repeats, one linked to its own file.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown } from '../../lib/export';

const lead = '<figure><img src="https://img.example/quay.jpg" alt="Boats moored along the old quay wall"><figcaption>The quay at dawn.</figcaption></figure>';
const HEAD = 'Ferry operator names a new chief executive for the islands';
const card = (alt = HEAD, href = '/2026/01/04/ferry-operator-new-chief/index.html', title = `<a href="${href}">${HEAD}</a>`) =>
  `<div class="embed"><div class="teaseimage"><a href="${href}"><img src="https://img.example/ceo-small.jpg" alt="${alt}"></a></div>` +
  `<div class="caption"><span class="header">${title}</span></div></div>`;

describe('a picture linked to another story, described by a headline the story does not hold', () => {
  it('goes as related; the lead photo stays', () => {
    const r = runHtml(page(lead + prose(2) + card() + prose(3, 'ferry strike')), { url: 'https://gazette.example/2026/01/05/harbour-wall/' });
    const md = toMarkdown(r);
    expect(md).not.toContain('ceo-small.jpg');
    expect(md).toContain('quay.jpg');
    const x = r.removed.find((y) => y.rule === 'media:card');
    expect(x?.reason).toBe('related');
    expect(x?.text).toBe(HEAD);
  });

  it('stays when no line of the page says its alt, when it links to its own file, or when it is the lead picture', () => {
    const url = { url: 'https://gazette.example/2026/01/05/harbour-wall/' };
    const noHeadline = card(HEAD, undefined, '<a href="/x/">Read more</a>');
    const ownFile = card(HEAD, 'https://img.example/ceo-large.jpg');
    for (const html of [lead + prose(2) + noHeadline + prose(3), lead + prose(2) + ownFile + prose(3), card() + prose(5)])
      expect(toMarkdown(runHtml(page(html), url))).toContain('ceo-');
  });
});

describe('a card\'s picture described as a photo, its headline removed as related', () => {
  const url = { url: 'https://gazette.example/2026/01/05/harbour-wall/' };
  const href = '/2026/01/03/old-theatre-reopens/';
  const teaser = (pictureHref = href) => `<section class="teaserbox linkbox"><ul><li class="manualteaser"><div class="image-container"><p><a href="${pictureHref}">` +
    '<img src="https://img.example/theatre-small.jpg" alt="Archive photo: the hall of the old theatre, seen from its stage"></a></p>' +
    `<p><small>Photo Agency</small></p></div><h3><a href="${href}">Old theatre reopens its doors after twenty years</a></h3></li></ul></section>`;

  it('goes with its credit: its link leads to the removed headline\'s story', () => {
    const r = runHtml(page(lead + prose(3) + teaser() + prose(3, 'ferry strike')), url);
    expect(r.removed.some((x) => x.text.startsWith('Old theatre reopens'))).toBe(true);
    const md = toMarkdown(r);
    expect(md).not.toContain('theatre-small.jpg');
    expect(md).not.toContain('Photo Agency');
    expect(md).toContain('quay.jpg');
  });

  it('stays when it links elsewhere than the removed headline', () => {
    const r = runHtml(page(lead + prose(3) + teaser('/2026/01/05/harbour-wall/gallery/') + prose(3, 'ferry strike')), url);
    expect(toMarkdown(r)).toContain('theatre-small.jpg');
  });
});
