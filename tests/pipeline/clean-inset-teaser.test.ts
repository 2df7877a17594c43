// An inset teaser (lib/clean/inset-teaser.ts): a box named as a teaser or related content, set inside the story
// apart from its paragraphs, goes with its blurb; the story's own paragraphs and a long box stay.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const blurb = 'The second hearing of the mayor before the committee on the flood brought little that was new.';
const run = (body: string) => runHtml(page(prose(3) + body + prose(3).replace(/Paragraph/g, 'Section')));

describe('inset teasers', () => {
  it("removes a teaser's blurb set between two paragraphs of the story, as related, by its box's names and place", () => {
    const r = run(`<div class="copytext-wrapper"><p class="teaser-absatz__shorttext">${blurb} <span>more</span></p></div>`);
    const x = r.removed.find((y) => y.text.startsWith('The second hearing'));
    expect(x?.rule).toBe('box:inset-teaser');
    expect(x?.reason).toBe('related');
    expect(r.article!.text).toContain('Paragraph 3 about');
    expect(r.article!.text).toContain('Section 1 about');
  });

  it('keeps a story paragraph in a box of another name, and a long box named related', () => {
    const r = run(`<div class="factbox"><p>${blurb}</p></div>`);
    expect(r.article!.text).toContain(blurb);
    const long = Array.from({ length: 6 }, (_, i) => `<p>Fact ${i + 1}: ${blurb}</p>`).join('');
    const s = run(`<div class="related-facts">${long}</div>`);
    expect(s.removed.filter((y) => y.rule === 'box:inset-teaser')).toEqual([]);
  });

  it("removes a card for another story (its thumbnail and headline one link) with its picture, and keeps a photo's caption", () => {
    const card = '<article class="recommended pull" data-label="Related"><a href="https://news.example.org/other-story"><img alt="" src="https://news.example.org/thumb.png"><p class="recommended__title">How the flood changed the harbour town for good</p></a></article>';
    const r = run(card);
    expect(r.article!.text).not.toContain('How the flood changed');
    expect(r.article!.withCaptions ?? '').not.toContain('How the flood changed');
    expect(r.removed.find((y) => y.text.startsWith('How the flood'))?.reason).toBe('related');
    expect(r.article!.html).not.toContain('thumb.png');
    const photo = '<div class="photo"><img alt="" src="https://news.example.org/quay.jpg" width="800" height="500"><p>The north quay after the flood.</p></div>';
    const s = run(photo);
    expect(s.article!.html).toContain('The north quay after the flood.');
    expect(s.article!.html).toContain('quay.jpg');
  });
});
