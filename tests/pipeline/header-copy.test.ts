// The byline and date lines at the top of the story that the reader's header shows already (its byline and date) leave
// the HTML; a line naming someone else, or another day, stays as small print. The text never held them.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';

function page(lines: string[]) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta name="author" content="Mara Lind"><meta property="article:published_time" content="2026-01-05T10:42:00Z"></head>` +
    `<body><main><article><h1>Harbour wall approved</h1>${lines.map((l) => `<p>${l}</p>`).join('')}${prose(6)}</article></main></body></html>`;
}

const author = (name: string) => `<a href="/author/${name.toLowerCase().replace(' ', '-')}">${name}</a> Harbour Correspondent`;
const date = (iso: string, day: string) => `<time datetime="${iso}T10:42:00Z">${day} 10:42am</time>`;

describe('header copies', () => {
  it("drop the byline and date lines above the story that give the header's names and day", () => {
    const r = runHtml(page([author('Mara Lind'), date('2026-01-05', '5 January 2026')]));
    expect(r.article!.byline).toBe('Mara Lind');
    expect(r.article!.html).not.toContain('Harbour Correspondent');
    expect(r.article!.html).not.toContain('5 January 2026');
    expect(r.article!.text.startsWith('Paragraph 1')).toBe(true);
  });

  it("drop the date line of an author's box beside the author's picture when it gives the header's day", () => {
    const box = (iso: string, day: string) => '<div class="byline"><div class="authors"><div class="author-avatar"><a href="/people/mara-lind">' +
      '<img src="/img/mara-lind.jpg" width="100" height="100" alt=""></a></div><div class="authors-byline"><div><span>By&nbsp;</span>' +
      '<span><a href="/people/mara-lind">Mara Lind</a></span></div><div><span class="author-title">Harbour Correspondent</span></div></div></div>' +
      `<time datetime="${iso}T10:42:00Z"><span>${day} </span><span>10 AM GMT</span></time></div>`;
    const doc = (iso: string, day: string) => page([]).replace('<h1>Harbour wall approved</h1>', `<h1>Harbour wall approved</h1>${box(iso, day)}`);
    expect(runHtml(doc('2026-01-05', 'January 5, 2026')).article!.html).not.toContain('January 5, 2026');
    expect(runHtml(doc('2026-03-09', 'March 9, 2026')).article!.html).toContain('March 9, 2026');
  });

  it("drop a date line in a page that declares no language, its month named in the page's own", () => {
    const unlabelled = (line: string) => page([line]).replace('<html lang="en">', '<html>');
    expect(runHtml(unlabelled('segunda-feira, 5 de janeiro de 2026 às 7:42')).article!.html).not.toContain('janeiro');
    // Another day stays, as small print.
    expect(runHtml(unlabelled('segunda-feira, 9 de março de 2026 às 7:42')).article!.html).toContain('março');
  });

  it('keep a date line of another day as small print', () => {
    const r = runHtml(page([author('Mara Lind'), date('2026-03-09', '9 March 2026')]));
    expect(r.article!.html).toMatch(/<small><time[^>]*>9 March 2026 10:42am<\/time><\/small>/);
    expect(r.article!.text).not.toContain('9 March');
  });

  it('drop them below the points that sum the story up under the headline (a list is not the story\'s first paragraph)', () => {
    const points = '<ul><li><strong>The council voted for a new harbour wall after three days of debate</strong></li>' +
      '<li><strong>Building starts in the spring and will take about two years to finish</strong></li></ul>';
    const r = runHtml(page([points, author('Mara Lind'), date('2026-01-05', '5 January 2026')]));
    expect(r.article!.html).toContain('three days of debate');
    expect(r.article!.html).not.toContain('Harbour Correspondent');
    expect(r.article!.html).not.toContain('5 January 2026');
  });

  it("drop the header's names alone and the date as an age ('1 day ago') above the story", () => {
    const r = runHtml(page(['<time datetime="2026-01-05T10:42:00Z">1 day ago</time>', '<span>Mara Lind</span>']));
    expect(r.article!.html).not.toContain('1 day ago');
    expect(r.article!.html).not.toContain('Mara Lind');
    expect(r.article!.text.startsWith('Paragraph 1')).toBe(true);
  });

  it("drop a date line that names its day relative to today ('Online seit heute, 7.57 Uhr'): it dates nothing later", () => {
    for (const line of ['<div class="story-meta-dates">Online seit heute, 7.57 Uhr</div>', '<time datetime="2026-01-05T10:42:00Z">Today 10:42 am</time>', '<span>Updated yesterday, 18:05</span>']) {
      const r = runHtml(page([line]));
      expect(r.article!.html).not.toMatch(/heute|Today|yesterday/);
      expect(r.article!.publishedTime).toBe('2026-01-05T10:42:00Z');
    }
    // A sentence of the story that says "today" is no date line.
    expect(runHtml(page(['Today the council meets again.'])).article!.html).toContain('Today the council meets again.');
  });

  it("keep a line naming the author with someone else, and an age in the story's text", () => {
    const r = runHtml(page(['<span>Mara Lind and Ola Berg</span>']).replace('</article>', '<p>1 day ago</p></article>'));
    expect(r.article!.html).toContain('Mara Lind and Ola Berg');
    expect(r.article!.html).toContain('1 day ago');
  });

  it("drop a date line of the header's day set under a first paragraph that stands above the lead picture", () => {
    const deck = 'The council ended three days of debate with a vote for the new harbour wall'; // not read as a standfirst
    const photo = '<figure><img src="https://example.org/wall.jpg" alt="The old wall"><figcaption>The old wall in winter.</figcaption></figure>';
    const r = runHtml(page([deck, photo, date('2026-01-05', 'January 5, 2026')]));
    expect(r.article!.html).toContain('three days of debate');
    expect(r.article!.html).not.toContain('January 5, 2026');
    expect(r.article!.html).toContain('The old wall in winter.');
  });

  it("drop a date line that gives the day of the story's update", () => {
    const html = page([date('2026-03-09', '9 March 2026')]).replace('</head>', '<meta property="article:modified_time" content="2026-03-09T08:00:00Z"></head>');
    expect(runHtml(html).article!.html).not.toContain('9 March 2026');
  });
});
