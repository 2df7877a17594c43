// Where a story comes from, as the page shows it: the byline printed under the headline rather than a name only the
// page's data gives, the line at the foot that names who provided the story, and not the notes the site prints on
// paper only.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';
import { toMarkdown } from '../../lib/export';

const LD = (author: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour wall approved","author":{"@type":"Person","name":"${author}"}}</script>`;
function page(body: string, { head = LD('Newsroom staff'), byline = '<p class="article-byline">by <a href="https://port.example.org/">Harbour Authority</a></p>' } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>${head}</head>` +
    `<body><main><article><h1>Harbour wall approved</h1>${byline}<div class="article-main">${body}</div></article></main></body></html>`;
}
const SOURCE = '<div class="d-inline-block">Provided by <a href="/partners/harbour-authority/">Harbour Authority</a> <a class="icon_open" href="https://port.example.org/"><svg></svg></a></div>';
const MORE = '<div class="more"><strong>More information:</strong> Harbour wall engineering report, volume two (2026), chapters four to nine.</div>';

describe('provenance', () => {
  it('names the byline the page prints under its headline, not a name only its data gives', () => {
    expect(runHtml(page(prose(6))).article!.byline).toBe('Harbour Authority');
  });

  it("keeps the data's author when the page shows that name too", () => {
    const r = runHtml(page(`${prose(6)}<p class="bio">Newsroom staff write for the Courier.</p>`));
    expect(r.article!.byline).toBe('Newsroom staff');
  });

  it('keeps the line that names who provided the story (the reader and the Markdown), after the block it stood under', () => {
    const r = runHtml(page(`${prose(6)}${MORE}${SOURCE}`));
    const md = toMarkdown(r);
    expect(md).toContain('Provided by Harbour Authority');
    expect(md.indexOf('Provided by Harbour Authority')).toBeGreaterThan(md.indexOf('chapters four to nine'));
    expect(r.article!.html.match(/Provided by/g)).toHaveLength(1);
  });

  it('does not take a sentence of the story that opens with the same words for the line', () => {
    const said = '<p>Provided by the council at no cost, the new ferry timetable starts in May and runs until the end of the autumn season.</p>';
    const text = runHtml(page(`${said}${prose(6)}`)).article!.text;
    expect(text.match(/Provided by/g)).toHaveLength(1);
  });

  it("leaves out what the site prints on paper only, and keeps what a wider screen shows", () => {
    const print = '<div class="d-none d-print-block"><p>Citation: Harbour wall approved (2026, January 5) retrieved 6 January 2026 from https://news.example.org/harbour-wall</p></div>';
    const wide = '<div class="d-none d-md-block"><p>Residents on the north quay will be asked to move their boats before the engineers start the first phase of the works.</p></div>';
    const text = runHtml(page(`${prose(6)}${print}${wide}`)).article!.text;
    expect(text).not.toContain('retrieved 6 January');
    expect(text).toContain('north quay');
  });
});
