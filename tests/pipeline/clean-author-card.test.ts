// An author's card after the story's end (an avatar named for a person of the byline, with a short bio beside it) is
// about who wrote the story, not part of it: it leaves the reader view and the exports as an author-bio removal.
// The byline's co-author and a nickname in the byline count; a story's photo, a card amid the story and a long
// profile stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const head = '<meta name="author" content="Bea Lindqvist, Tomas Arkwright">';
const card = (file: string, alt: string, bio: string, w = 64) =>
  `<div class="signature"><div class="who"><figure><img width="${w}" height="${w}" src="/authors/${file}" alt="${alt}"></figure></div><p>${bio}</p></div>`;
const bio1 = 'Leeds, 1984. Reporter. I have spent my career at regional papers in the north, always looking for the stories of the people who live there.';
const bio2 = 'Night editor on the breaking news desk, and a concert reviewer for the arts pages.';

describe('an author card after the story', () => {
  it('goes, avatar and bio, for each person of the byline (a fuller name in the alt text too)', () => {
    const r = runHtml(page(prose(4) + card('a1.jpg', 'Beatrice Anna Lindqvist', bio1) + card('a2.png', 'Tomas Arkwright Hale', bio2), { extraHead: head }));
    const html = r.article!.html;
    expect(html).not.toContain('a1.jpg');
    expect(html).not.toContain('a2.png');
    expect(html).not.toContain('Leeds, 1984');
    expect(html).not.toContain('concert reviewer');
    expect(r.removed.filter((x) => x.rule === 'media:author-card').map((x) => x.reason)).toEqual(Array(4).fill('author-bio'));
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays when the picture names no one of the byline, is a photo of the story, or stands amid the story', () => {
    const other = runHtml(page(prose(4) + card('a1.jpg', 'Harriet Mole', bio1), { extraHead: head }));
    expect(other.article!.html).toContain('Leeds, 1984');
    const photo = runHtml(page(prose(4) + card('a1.jpg', 'Bea Lindqvist', bio1, 800), { extraHead: head }));
    expect(photo.article!.html).toContain('Leeds, 1984');
    const amid = runHtml(page(prose(2) + card('a1.jpg', 'Bea Lindqvist', bio1) + prose(2, 'quay'), { extraHead: head }));
    expect(amid.article!.html).toContain('Leeds, 1984');
  });

  it("goes under the byline's name alone (no picture): the name line and its short notes, after the story only", () => {
    const named = (who: string) => `<div class="box"><div class="who"><a href="/authors/bea"><p>${who}</p></a><span>Reporter</span><div>${bio2}</div></div></div>`;
    const r = runHtml(page(prose(4) + named('Bea Lindqvist'), { extraHead: head }));
    expect(r.article!.html).not.toContain('concert reviewer');
    expect(r.removed.filter((x) => x.rule === 'media:author-card').length).toBeGreaterThanOrEqual(2);
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
    const other = runHtml(page(prose(4) + named('Harriet Mole'), { extraHead: head }));
    expect(other.article!.html).toContain('concert reviewer');
    const amid = runHtml(page(prose(2) + named('Bea Lindqvist') + prose(2, 'quay'), { extraHead: head }));
    expect(amid.article!.html).toContain('concert reviewer');
  });

  it("goes under a heading that is the byline's name linked to the author's page; a subhead naming them stays", () => {
    const card = (h: string) => `<div class="end">${h}<p><a href="https://social.example/bea"><svg width="16" height="16"></svg></a></p><p>${bio2}</p></div>`;
    const linked = runHtml(page(prose(4) + card('<h5><a href="/authors/bea">Bea Lindqvist</a></h5>'), { extraHead: head }));
    expect(linked.article!.html).not.toContain('concert reviewer');
    expect(linked.article!.html).not.toContain('/authors/bea');
    expect(linked.article!.text).toContain('Paragraph 4 about the harbour wall');
    const plain = runHtml(page(prose(4) + card('<h5>Bea Lindqvist</h5>'), { extraHead: head }));
    expect(plain.article!.html).toContain('Bea Lindqvist');
  });

  it('goes when its note is as long as a paragraph: the story ends at its last paragraph outside the card', () => {
    const card = `<div class="end"><h3><a href="/authors/bea">Bea Lindqvist</a></h3><p>${bio1} She has written about harbours, ferries and coastal towns since 2009.</p></div>`;
    const r = runHtml(page(prose(4) + card, { extraHead: head }));
    expect(r.article!.html).not.toContain('Leeds, 1984');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
    // A short story in one box with the author's name under it: no story outside the box, nothing goes.
    const alone = runHtml(page(`<div class="story">${prose(2)}<p><a href="/authors/bea">Bea Lindqvist</a></p></div>`, { extraHead: head }));
    expect(alone.article!.text).toContain('Paragraph 2 about the harbour wall');
  });
});
