// The site's label over a linked picture amid the story (a magazine's "Current Issue" over this week's cover, linked
// to the page) is the site's promotion, not the story: it leaves the reader view and the exports. A subhead
// the page prints nowhere else, a linked picture with a caption, and the label with text beside it stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';

const menu = '<footer><ul><li><a href="/issue/week-2/">Current Issue</a></li><li><a href="/about/">About</a></li></ul></footer>';
const box = (label: string, inner = '<a href="/issue/week-2/"><img src="/covers/week-2.jpg" alt="Cover of the week 2 issue"></a>') =>
  `<div class="inset"><h4>${label}</h4>${inner}</div>`;

describe('a promo box amid the story', () => {
  it('goes, label and picture, when the page prints the label outside the article too', () => {
    const r = runHtml(page(prose(3) + box('Current Issue') + prose(3, 'quay'), { outside: menu }));
    expect(r.article!.html).not.toContain('covers/week-2.jpg');
    expect(r.article!.text).not.toContain('Current Issue');
    expect(r.removed.filter((x) => x.rule === 'box:promo')).toHaveLength(2);
    expect(r.article!.text).toContain('Paragraph 3 about the harbour wall');
    expect(r.article!.text).toContain('Paragraph 1 about the quay');
  });

  it('stays when the label is the story\'s own, the picture has a caption, or the box holds text', () => {
    const own = runHtml(page(prose(3) + box('Current Issue') + prose(3, 'quay')));
    expect(own.article!.html).toContain('covers/week-2.jpg');
    const captioned = box('Current Issue', '<figure><a href="/issue/week-2/"><img src="/covers/week-2.jpg" alt="Cover"></a><figcaption>The engineers at the quay in week two</figcaption></figure>');
    expect(runHtml(page(prose(3) + captioned + prose(3, 'quay'), { outside: menu })).article!.html).toContain('covers/week-2.jpg');
    const text = box('Current Issue', '<a href="/issue/week-2/"><img src="/covers/week-2.jpg" alt="Cover"></a><p>The engineers told the council that the works would take two more years to finish.</p>');
    expect(runHtml(page(prose(3) + text + prose(3, 'quay'), { outside: menu })).article!.html).toContain('covers/week-2.jpg');
  });

  it('goes, label and thumbnail, when the box holds a card of another story (an <article> of its own) left a bare picture', () => {
    // The story as extraction leaves it: the card's headline dropped, its picture kept in an <article> of its own.
    const card = '<div><p>Learn more</p><div><article><div><figure><div><picture><img src="/t/card-77.jpg" width="3072" height="2047" alt=""></picture></div></figure></div></article></div></div>';
    const c = cleanArticle(parse(`<html><body><div id="b">${prose(3)}${card}${prose(3, 'quay')}</div></body></html>`).getElementById('b')!);
    expect(c.body.innerHTML).not.toContain('card-77.jpg');
    expect(c.text).not.toContain('Learn more');
    expect(c.removed.filter((x) => x.rule === 'box:promo')).toHaveLength(2);
    expect(c.text).toContain('Paragraph 3 about the harbour wall');
    expect(c.text).toContain('Paragraph 1 about the quay');
    // A crosshead over the story's own photo and paragraphs stays: it heads part of the story.
    const own = '<div><h3>Learn more</h3><figure><img src="/img/quay-9.jpg" width="640" height="400" alt=""></figure>' + prose(2, 'quay') + '</div>';
    const kept = cleanArticle(parse(`<html><body><div id="b">${prose(3)}${own}${prose(3, 'quay')}</div></body></html>`).getElementById('b')!);
    expect(kept.text).toContain('Learn more');
    expect(kept.body.innerHTML).toContain('quay-9.jpg');
    // A label over a bare picture that is no card of its own (no <article>, no copy of the label elsewhere) stays.
    const bare = '<div><p>Learn more</p><div><figure><img src="/img/quay-8.jpg" width="640" height="400" alt=""></figure></div></div>';
    const alone = cleanArticle(parse(`<html><body><div id="b">${prose(3)}${bare}${prose(3, 'quay')}</div></body></html>`).getElementById('b')!);
    expect(alone.text).toContain('Learn more');
  });
});
