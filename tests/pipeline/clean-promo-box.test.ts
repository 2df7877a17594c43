// The site's label over a linked picture amid the story (a magazine's "Current Issue" over this week's cover, linked
// to the page) is the site's promotion, not the story: it leaves the reader view and the exports. A subhead
// the page prints nowhere else, a linked picture with a caption, and the label with text beside it stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

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
});
