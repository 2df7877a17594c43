// A line after the story whose link sends this page's own address to a form ("Found a mistake? Tell us through our
// form", `…?from=<this page>`) acts on the page, as a share button does: it leaves the reader, in any words. The same
// line linking to a form without the page's address, and a line amid the story, are not this rule's.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const url = 'https://gazette.example/story/harbour-wall-approved';
const line = (q: string) => `<div class="report"><p>Found a mistake in this story? Tell us through <a href="https://forms.gazette.example/s/ab12${q}">our form</a>. Thank you!</p></div>`;
const own = `?src=site&from=${encodeURIComponent(url + '/')}`;

describe('a line after the story that sends its address to a form', () => {
  it('goes', () => {
    const r = runHtml(page(`<div>${prose(4)}</div>${line(own)}`), { url });
    expect(r.article!.text).not.toContain('Found a mistake');
    expect(r.removed.find((x) => x.text.includes('Found a mistake'))?.rule).toBe('link:about-this-page');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('is not read so without the address, nor amid the story', () => {
    const other = runHtml(page(`<div>${prose(4)}</div>${line('?from=https%3A%2F%2Fgazette.example%2Fstory%2Fother')}`), { url });
    expect(other.removed.some((x) => x.rule === 'link:about-this-page')).toBe(false);
    const amid = runHtml(page(`<div>${prose(2)}</div>${line(own)}<div>${prose(2, 'quay')}</div>`), { url });
    expect(amid.removed.some((x) => x.rule === 'link:about-this-page')).toBe(false);
  });

  it('goes on a copy of the page at another address (its AMP copy), which links the address its canonical link declares', () => {
    const head = `<link rel="canonical" href="${url}/">`;
    const r = runHtml(page(`<div>${prose(4)}</div>${line(own)}`, { extraHead: head }), { url: 'https://gazette.example/amp/story/harbour-wall-approved' });
    expect(r.removed.find((x) => x.text.includes('Found a mistake'))?.rule).toBe('link:about-this-page');
    const none = runHtml(page(`<div>${prose(4)}</div>${line(own)}`), { url: 'https://gazette.example/amp/story/harbour-wall-approved' });
    expect(none.removed.some((x) => x.rule === 'link:about-this-page')).toBe(false);
  });
});
