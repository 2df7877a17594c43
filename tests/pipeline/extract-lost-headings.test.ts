// A live blog that sets every block of its story in a box of its own: an entry's headline alone in one box, the
// entry's paragraphs in the next ones. Readability keeps the paragraph boxes (they score) and drops the box that holds
// only a heading (it scores nothing), so the entries ran together with no headline between them. A heading that
// stood between two kept paragraphs goes back where it stood; a teaser's headline (a link), a heading in a related
// box and a heading whose paragraphs the article left out stay out.
import { describe, it, expect } from 'vitest';
import { runHtml } from './helpers';

const section = (inner: string) => `<section class="content-group"><div class="visually-hidden">Article content</div><div class="content-inline">${inner}</div></section>`;
const para = (i: number, topic = 'the border') =>
  section(`<p>Update ${i} on ${topic}: officials said on Wednesday that ${i * 4} villages had been evacuated overnight and that talks between the two governments would resume in the capital before the weekend.</p>`);
// The heading's box also holds an empty slot (an advert's), so Readability cleans it as a box of no useful content.
const heading = (text: string, tag = 'h3') => section(`<${tag}><strong>${text}</strong></${tag}><div class="slot"></div>`);

const page = (body: string, aside = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Latest on the border crisis | The Daily</title>` +
  `<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
  `<article><h1>Latest on the border crisis</h1><div class="story-body">${body}</div></article>${aside}</body></html>`;

describe('headings that stand alone in their own box', () => {
  const body = [para(1), para(2), heading('Prime minister praises the army'), para(3), para(4), heading('Envoy says talks resume on Friday'), para(5), para(6)].join('');

  it('puts each entry headline back between the paragraphs it stood between', () => {
    const r = runHtml(page(body));
    const text = r.article!.text;
    const at = (s: string) => text.indexOf(s);
    expect(at('Prime minister praises the army')).toBeGreaterThan(at('Update 2 on'));
    expect(at('Prime minister praises the army')).toBeLessThan(at('Update 3 on'));
    expect(at('Envoy says talks resume on Friday')).toBeGreaterThan(at('Update 4 on'));
    expect(at('Envoy says talks resume on Friday')).toBeLessThan(at('Update 5 on'));
    expect(text.split('Envoy says talks resume').length).toBe(2);
    expect(r.article!.html).toMatch(/<h3[^>]*>(<strong>)?Prime minister praises the army/i);
  });

  it('leaves out a linked teaser headline, a heading inside a related box and a card\'s headline inside its link', () => {
    const teaser = heading('<a href="/other-story">Another story about the border you may like</a>');
    const related = `<div class="related-box">${heading('More from the region this week')}</div>`;
    const card = section('<a href="/card-story"><h3>A card headline beside its picture</h3></a><div class="slot"></div>');
    const text = runHtml(page([para(1), para(2), teaser, para(3), related, para(4), card, para(5)].join(''))).article!.text;
    expect(text).toContain('Update 3 on');
    expect(text).not.toContain('Another story about the border');
    expect(text).not.toContain('More from the region');
    expect(text).not.toContain('A card headline');
  });

  it('leaves out a heading whose paragraphs are not in the article', () => {
    const aside = `<div class="elsewhere">${heading('Sports results of the day')}<p>Short line.</p></div>`;
    const text = runHtml(page([para(1), para(2), para(3), para(4)].join(''), aside)).article!.text;
    expect(text).not.toContain('Sports results of the day');
  });
});
