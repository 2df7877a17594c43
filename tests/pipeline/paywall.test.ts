// A story the page gives only part of (a paywall cut it) says so, and only then: the page must declare it gated
// and something must show that the text stops there; a page that declares itself gated and sends the story whole
// (a subscriber's, or a metered site's) is no partial story.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown, toPlainText, toHtml } from '../../lib/export';

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', ...o })}</script>`;
const GATED = ld({ isAccessibleForFree: 'False', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.gated' } });
const NOTICE = '<p><strong>Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.</strong></p>';
const BARRIER = '<div class="barrier"><div id="paywall_container"></div></div>';
const FOOTER = '<footer><p>Copyright 2026 News Example. All rights reserved. No part of this site may be reproduced without permission.</p></footer>';

describe('a story cut by a paywall', () => {
  it('says so when the page declares it gated and ends on a subscribers\' notice', () => {
    const r = runHtml(page(prose(6) + NOTICE, { extraHead: GATED }), { url: 'https://news.example/a' });
    expect(r.article!.partial?.evidence.join(' ')).toMatch(/Il vous reste/);
    expect(r.article!.text).not.toContain('Il vous reste'); // the notice itself stays out of the text
  });

  it('says so without words: gated part missing and a paywall element where the story stops', () => {
    const r = runHtml(page(prose(6) + BARRIER, { extraHead: GATED, outside: FOOTER }));
    expect(r.article!.partial).toBeTruthy();
  });

  it('says so without words when the story stops at an ellipsis and its notice sits in a box of any class names', () => {
    const cut = prose(5) + '<p>The engineers said the wall would be finished by spring, and that the costs of the second phase...</p>';
    const box = '<div class="cmp-misc021"><p class="cmp-txt001">Dieser Artikel ist nur für Mitglieder.</p><a href="/login">Anmelden</a></div>';
    const r = runHtml(page(cut + box, { extraHead: GATED, outside: FOOTER }));
    expect(r.article!.partial?.evidence.join(' ')).toMatch(/ellipsis/);
    // A box's class names that merely begin with "cmp" (a component) are no cookie notice.
    expect(r.removed.filter((x) => x.reason === 'cookie')).toEqual([]);
    expect(runHtml(page(cut + box, { outside: FOOTER })).article!.partial).toBeUndefined(); // nothing declared
  });

  it('reads the declaration as microdata too', () => {
    const md = '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="isAccessibleForFree" content="false"></div>';
    expect(runHtml(page(prose(6) + NOTICE + md)).article!.partial).toBeTruthy();
  });
});

describe('a whole story is never called partial', () => {
  it('when the page declares nothing, whatever notice it ends on', () => {
    expect(runHtml(page(prose(6) + NOTICE)).article!.partial).toBeUndefined();
    expect(runHtml(page(prose(6) + BARRIER, { outside: FOOTER })).article!.partial).toBeUndefined();
  });

  it('when the part the page declares gated is in the text (sent whole, hidden by a script)', () => {
    const body = prose(2) + `<div class="gated">${prose(5, 'ferry strike')}</div>` + BARRIER;
    expect(runHtml(page(body, { extraHead: GATED, outside: FOOTER })).article!.partial).toBeUndefined();
  });

  it('when the page declares it gated but nothing shows that the text stops', () => {
    expect(runHtml(page(prose(6), { extraHead: GATED, outside: FOOTER })).article!.partial).toBeUndefined();
  });

  it('when a quotation trails off at the end of a story the page declares gated', () => {
    const trail = prose(5) + '<p>“We will see what the sea decides…”</p>';
    expect(runHtml(page(trail, { extraHead: GATED, outside: FOOTER })).article!.partial).toBeUndefined();
  });

  it('when the paywall element stands between the lead and the rest of the story', () => {
    const body = prose(1) + BARRIER + prose(6, 'ferry strike');
    expect(runHtml(page(body, { extraHead: GATED, outside: FOOTER })).article!.partial).toBeUndefined();
  });
});

describe('the exports of a partial story', () => {
  const r = runHtml(page(prose(6) + NOTICE, { extraHead: GATED }), { url: 'https://news.example/a' });
  const whole = runHtml(page(prose(6)), { url: 'https://news.example/a' });

  it('mark the Markdown front matter and end the text with a line that says so', () => {
    const md = toMarkdown(r);
    expect(md).toMatch(/^partial: true$/m);
    expect(md.trimEnd()).toMatch(/Only part of this article was on the page: the rest is for subscribers\. The whole article: <https:\/\/news\.example\/a>\*$/);
    expect(toMarkdown(whole)).not.toMatch(/partial|Only part/);
  });

  it('end the plain text and the HTML with the same line', () => {
    expect(toPlainText(r).trimEnd()).toMatch(/\[Only part of this article was on the page: the rest is for subscribers\. The whole article: https:\/\/news\.example\/a\]$/);
    const html = toHtml(r, (h) => h);
    expect(html).toMatch(/<p class="partial">Only part of this article was on the page: the rest is for subscribers\. The whole article: <a href="https:\/\/news\.example\/a"/);
    expect(toPlainText(whole)).not.toContain('Only part');
    expect(toHtml(whole, (h) => h)).not.toContain('class="partial"');
  });
});
