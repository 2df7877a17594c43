// The note about the author at the foot of a story ("Jane Doe is a producer filing stories on …") is about who wrote
// it, not part of it: it leaves the reader view and the exports as an author-bio removal, in any language. Known by
// the page's own metadata (its JSON-LD describes the author in the same words) or by the byline's name opening a
// note set wholly in emphasis in the story's second half. The story's paragraphs that name the author stay.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { authorDescriptions, emphasisedAuthorNote, repeatsAuthorAbout } from '../../lib/clean/author-bio';
import { authorWords } from '../../lib/clean/author-photo';
import { runHtml, page, prose } from './helpers';

const bio = 'Nora Lindqvist reports on shipping and ports for the paper. She worked in Gothenburg and Rotterdam before joining.';
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const author = '<meta name="author" content="Nora Lindqvist">';

describe('author note', () => {
  it('removes a note that repeats the JSON-LD description of the author, and keeps the story', () => {
    const head = author + ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Nora Lindqvist', description: bio } });
    const r = runHtml(page(`${prose(4)}<p>${bio}</p>`, { extraHead: head }));
    expect(r.removed?.filter((x) => x.reason === 'author-bio').map((x) => x.rule)).toEqual(['meta:author-about']);
    expect(r.article?.text).not.toContain('Gothenburg');
    expect(r.article?.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('removes a note in emphasis that opens with the byline name, in another language too', () => {
    const note = 'Korrespondentin Nora Lindqvist berichtet für uns aus den Häfen Nordeuropas. Ihre Artikel finden Sie hier.';
    const r = runHtml(page(`${prose(4)}<p><b><em>${note}</em></b></p>`, { extraHead: author }));
    expect(r.removed?.map((x) => x.rule)).toContain('emphasis:author-note');
    expect(r.article?.text).not.toContain('Korrespondentin');
  });

  it('keeps a paragraph that names the author without emphasis, and a note at the top of the story', () => {
    const own = 'Nora Lindqvist, who wrote this report, spent three days on the quay with the crews before the vote was taken.';
    const r = runHtml(page(`<p><em>${own}</em></p>${prose(4)}<p>${own.replace('three', 'four')}</p>`, { extraHead: author }));
    expect(r.removed?.filter((x) => x.reason === 'author-bio')).toEqual([]);
    expect(r.article?.text).toContain('three days');
    expect(r.article?.text).toContain('four days');
  });

  it("keeps a one-sentence line in emphasis on the story's making, and the story's own words", () => {
    const line = 'Nora Lindqvist reported from Fjellvik, and Kari Nordmann from Oslo.';
    const r = runHtml(page(`${prose(4)}<p><em>${line}</em></p>`, { extraHead: author }));
    expect(r.article?.text).toContain(line);
  });

  it('reads descriptions of authors, not of the people a story is about', () => {
    const doc = parseHTML(`<html><head>${ld({ '@graph': [{ '@type': 'Person', name: 'A', description: bio }, { '@type': 'NewsArticle', about: { '@type': 'Person', description: 'A mayor of the city who has served three terms since the year of the flood.' } }] })}</head><body></body></html>`).document as unknown as Document;
    const about = authorDescriptions(doc);
    expect(about).toHaveLength(1);
    expect(repeatsAuthorAbout(bio, about)).toBe(true);
    expect(repeatsAuthorAbout('A mayor of the city who has served three terms since the year of the flood.', about)).toBe(false);
  });

  it('wants the note wholly in emphasis, and no contact address', () => {
    const el = (html: string) => parseHTML(`<p>${html}</p>`).document.querySelector('p')!;
    const a = authorWords('Nora Lindqvist');
    expect(emphasisedAuthorNote(el(`<em>${bio}</em>`), bio, a)).toBe(true);
    expect(emphasisedAuthorNote(el(`<em>Nora Lindqvist reports</em> on shipping and ports for the paper, and has for years.`), 'Nora Lindqvist reports on shipping and ports for the paper, and has for years.', a)).toBe(false);
  });
});
