// A byline element whose parts (the name, a date, a comment counter) stand in elements of their own with no space
// between them: the reader, the popup and every export show the name, not "Jane Roe22 Mar 2024318".
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { bylineParts } from '../../lib/byline-parts';
import { parse, prose } from './helpers';

/** A page whose byline line is `byline`, with no date in its metadata (the byline's date is the only one). */
const bylinePage = (byline: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new harbour wall</title><meta property="og:type" content="article"></head>
<body><main><article><h1>Council approves new harbour wall</h1>${byline}<div class="entry-content">${prose(6)}</div>
</article></main></body></html>`;

describe('a byline read by its parts', () => {
  it('leaves out the date and the comment counter glued to the name, and takes the date as the story\'s', () => {
    const r = extractArticle(parse(bylinePage('<p class="byline"><span class="by-author">by <a href="/people/jroe/">Jane Roe</a></span><span class="bydate">22 Mar 2024</span><a class="count" href="#comments">318</a></p>')));
    expect(r?.byline).toBe('Jane Roe');
    expect(r?.publishedTime?.slice(0, 10)).toBe('2024-03-22');
  });
  it('leaves out a date in an element after the name written as text', () => {
    const r = extractArticle(parse(bylinePage('<div class="byline">By Jane Roe<span>22.03.2024</span></div>')));
    expect(r?.byline).toBe('Jane Roe');
  });
  it('leaves a <time> out of the name, whatever it shows, and reads its date', () => {
    const el = parse('<p class="byline"><a>Jane Roe</a>, <a>John Doe</a><time datetime="2024-03-22T08:00:00Z">Friday</time></p>').querySelector('p')!;
    expect(bylineParts(el, 'en')).toEqual({ name: 'Jane Roe, John Doe', date: '2024-03-22' });
  });
  it('keeps digits that belong to the name\'s part ("9News Staff")', () => {
    const el = parse('<p class="byline"><span>9News Staff</span></p>').querySelector('p')!;
    expect(bylineParts(el, 'en')).toEqual({ name: '9News Staff', date: null });
  });
});
