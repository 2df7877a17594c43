// The article's text is what a reader sees: soft hyphens inside words go from the text (and the text export), stay in
// the HTML as the page's hyphenation hints, and the quotes' offsets point into that text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
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

// The analysis reads the article's text as given: the pipeline's text, without them, is what keeps a name whole.
describe('a name written with soft hyphens', () => {
  const german = [1, 2, 3].map((i) => `<p>Im Teil ${i} der Sitzung berieten die Delegierten lange über die Lage in den Häfen der Region, hörten ${i + 3} Berichte der Gewerkschaften und beschlossen am Ende eine gemeinsame Erklärung zu den Löhnen.</p>`).join('');
  const story = `<p>Kenianische Antiimperialisten reisten zum Pan-${SHY}Africanism Summit Against ${SHY}Imperialism nach Lomé. ` +
    '»Wir sprechen mit einer Stimme«, sagte Kwame Mensah, der das Treffen leitete.</p>';
  const html = page(story + german, { title: 'Delegierte beraten in Lomé über die Häfen' }).replace('lang="en"', 'lang="de"');
  const r = runHtml(html, { analyze: (i) => analyzeArticle(i, { ner: loadNerModel('de') }) });
  it('is read whole: no piece of it is a person, no name holds a soft hyphen, the speaker is found', () => {
    expect(r.parties.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Kwame Mensah']);
    expect(r.parties.map((p) => p.name).join(' ')).not.toContain(SHY);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Kwame Mensah']);
  });
});
