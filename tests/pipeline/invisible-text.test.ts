// The article's text is what a reader sees: soft hyphens inside words go from the text (and the text export), stay in
// the HTML as the page's hyphenation hints, and the quotes' offsets point into that text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { page, prose, runHtml } from './helpers';

const SHY = '\u00AD';

describe('a page written with soft hyphens', () => {
  const r = runHtml(page(`${prose(2)}<p>“We will re${SHY}build the har${SHY}bour wall before the winter storms,” said Mayor Ada Quist, who chairs the coun${SHY}cil’s works com${SHY}mit${SHY}tee.</p>${prose(2, 'quay')}`), { analyze: (i) => analyzeArticle(i) });
  it('gives a text without them and an HTML with them', () => {
    expect(r.article!.text).toContain('rebuild the harbour wall');
    expect(r.article!.text).not.toContain(SHY);
    expect(r.article!.html).toContain(SHY);
  });
  it('gives quotes whose offsets are into that text', () => {
    expect(r.quotes.length).toBeGreaterThan(0);
    for (const q of r.quotes) expect(r.article!.text.slice(q.start, q.end)).toBe(q.text);
  });
});
