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
});
