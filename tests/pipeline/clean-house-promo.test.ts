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

// The site's advert for itself with no campaign tag: a paragraph naming the site, ending in a link to its own page,
// set apart in emphasis in a box after the story's end.
const head = { extraHead: '<meta property="og:site_name" content="Harbour Gazette">' };
const url = 'https://www.harbourgazette.example/news/council-wall,Xy12';
const letter = 'the Harbour Gazette evening letter brings you the day\'s most important news every weekday, short and direct in your inbox.';
const call = (href: string) => `<a href="${href}"><em>Sign up here!</em></a>`;
const signUp = 'https://www.harbourgazette.example/news/evening-letter-sign-up,Ab34';
const box = (p: string) => `<section class="module">${prose(4)}</section><section class="module"><div class="rich"><p>${p}</p></div></section>`;
const run = (body: string) => runHtml(page(body, head), { url });

describe("the site's own call after the story, naming the site", () => {
  it('goes when set apart in emphasis and ending in a link to the site', () => {
    const r = run(box(`<em>"Town Talk": ${letter} </em>${call(signUp)}`));
    expect(r.article!.text).not.toContain('evening letter');
    expect(r.removed.find((x) => x.rule === 'links:house-promo')?.text).toContain('Town Talk');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
    expect(r.quotes.some((q) => q.text.includes('Town Talk'))).toBe(false);
  });

  it('stays unemphasised, linking elsewhere, with words after its link, not naming the site, or amid the story', () => {
    const kept = (body: string) => expect(run(body).article!.text).toContain('evening letter');
    kept(box(`"Town Talk": ${letter} <a href="${signUp}">Sign up here!</a>`));
    kept(box(`<em>"Town Talk": ${letter} </em>${call('https://elsewhere.example/letter-sign-up,Ab34')}`));
    kept(box(`<em>"Town Talk": ${letter} </em>${call(signUp)}<em> said the mayor at the harbour on Monday.</em>`));
    kept(box(`<em>"Town Talk": ${letter.replace('Harbour Gazette', 'council')} </em>${call(signUp)}`));
    kept(`${box(`<em>"Town Talk": ${letter} </em>${call(signUp)}`)}<section class="module">${prose(2, 'quay')}</section>`);
  });
});
