// The standfirst (dek): stated twice by the page, as its description and as an element under the headline; given
// beside the article when Readability's body leaves it out, shown by the reader and the exports, never in `text`.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';
import { toMarkdown, toPlainText } from '../../lib/export';

const DEK = 'The council voted to build a new harbour wall after a debate that lasted three days and divided the town.';

function page({ description = DEK, dek = DEK, inBody = false, lang = 'en' } = {}) {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${description}"></head><body><header><h1>Harbour wall approved</h1>` +
    `<p class="x1">${dek}</p></header><main><article><div class="body">${inBody ? `<p>${DEK}</p>` : ''}${prose(6)}</div></article></main></body></html>`;
}

describe('standfirst', () => {
  it('is the element under the headline that says what the page description says, kept out of the body text', () => {
    const r = runHtml(page());
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.text).not.toContain('divided the town');
  });

  it('matches a description the site cut short, in any language', () => {
    const de = 'Der Gemeinderat hat nach drei Tagen Debatte den Bau einer neuen Hafenmauer beschlossen, die Stadt ist gespalten.';
    const r = runHtml(page({ description: de.slice(0, 90) + '…', dek: de, lang: 'de' }));
    expect(r.article!.standfirst).toBe(de);
  });

  it('is none when the body already starts with it, when no element says it, or when the description is a label', () => {
    expect(runHtml(page({ inBody: true })).article!.standfirst).toBeNull();
    expect(runHtml(page({ dek: 'Photo: Harbour Authority' })).article!.standfirst).toBeNull();
    expect(runHtml(page({ description: 'Local news', dek: 'Local news' })).article!.standfirst).toBeNull();
  });

  it("is the first whole sentence of summary under the headline when the description says something else", () => {
    const other = 'Read the latest news from the harbour, the ferries and the town council, every day.';
    expect(runHtml(page({ description: other })).article!.standfirst).toBe(DEK);
  });

  it('is not a dateline, a byline, a headline variant or a line without a sentence end, when the description does not say it', () => {
    const other = 'Read the latest news from the harbour, the ferries and the town council, every day.';
    for (const dek of ['Published 5 January 2026, 10:42, updated 6 January 2026, 08:15, by the newsroom staff', 'Harbour wall approved after three days of debate: what it means for the ferries and the town',
      'By Mara Lind and Tomas Berg, harbour and transport reporters of the Northgate Courier newsroom'])
      expect(runHtml(page({ description: other, dek })).article!.standfirst).toBeNull();
  });

  it('opens the Markdown and the text export under the headline', () => {
    const r = runHtml(page());
    const md = toMarkdown(r);
    expect(md.indexOf(`*${DEK}*`)).toBeGreaterThan(md.indexOf('# Harbour wall approved'));
    expect(md.indexOf(`*${DEK}*`)).toBeLessThan(md.indexOf('Paragraph 1'));
    expect(toPlainText(r)).toContain(`${DEK}\n\nParagraph 1`);
  });
});
