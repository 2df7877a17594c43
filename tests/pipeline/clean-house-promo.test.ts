// The site's own promotion in a box after the story (a heading line, a paragraph ending in a call whose link goes to
// the site's own page tagged for a marketing campaign) is not the story: it leaves the reader and the exports as a
// removal with its reason. The same box amid the story, a link to another site, or the story's own last paragraph
// with such a link stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const appeal = 'In times like these our newsroom works with local groups that stand up for an open society, and every reader can join them this month.';
const promo = (href: string) => `<div class="box-bottom"><p>Read freely, act locally</p><p>${appeal} <a href="${href}">Join now</a></p></div>`;
const own = '/campaign/open-society/?utm_source=site&utm_campaign=bottom';

describe("the site's promotion after the story", () => {
  it('goes, heading line and paragraph, when its call links to the site with a campaign tag', () => {
    const r = runHtml(page(`<div>${prose(4)}</div>${promo(own)}`));
    expect(r.article!.text).not.toContain('newsroom works with local groups');
    expect(r.article!.text).not.toContain('Read freely, act locally');
    expect(r.removed.filter((x) => x.rule === 'links:house-promo')).toHaveLength(2);
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays amid the story, when the link leads to another site or carries no campaign tag, and as the story\'s own last paragraph', () => {
    expect(runHtml(page(`<div>${prose(2)}</div>${promo(own)}<div>${prose(2, 'quay')}</div>`)).article!.text).toContain('newsroom works');
    expect(runHtml(page(`<div>${prose(4)}</div>${promo('https://elsewhere.example/act?utm_campaign=x')}`)).article!.text).toContain('newsroom works');
    expect(runHtml(page(`<div>${prose(4)}</div>${promo('/campaign/open-society/')}`)).article!.text).toContain('newsroom works');
    expect(runHtml(page(`${prose(4)}<p>${appeal} <a href="${own}">Join now</a></p>`)).article!.text).toContain('newsroom works');
  });
});
