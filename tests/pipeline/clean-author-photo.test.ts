// The author's portrait beside the byline or in the bio (its file or alt text names the byline's author) is not a
// picture of the story: it leaves the reader view and the exports, recorded as an author-bio removal. A story's
// photos stay, a portrait of someone else too.
import { describe, expect, it } from 'vitest';
import { authorWords, isAuthorPhoto } from '../../lib/clean/author-photo';
import { parseHTML } from 'linkedom';
import { runHtml, page, prose } from './helpers';

const head = '<meta name="author" content="Yasmine Hassan">';
const photo = (file: string, alt = '') => `<div class="byline-box"><img src="https://img.example/derivatives/square_140/${file}" alt="${alt}"></div>`;

describe('author photo', () => {
  it('removes the byline author portrait and keeps the story picture', () => {
    const html = page(`${photo('yasmine-hassan.JPG')}${prose(3)}<figure><img src="https://img.example/gaza-market.jpg" alt="A man in a market"><figcaption>A market in Gaza.</figcaption></figure>${prose(2)}`, { extraHead: head });
    const r = runHtml(html);
    expect(r.article?.byline).toBe('Yasmine Hassan');
    expect(r.removed?.filter((x) => x.rule === 'media:author-photo').map((x) => x.reason)).toEqual(['author-bio']);
    expect(r.article?.html).not.toContain('yasmine-hassan');
    expect(r.article?.html).toContain('gaza-market.jpg');
  });
  it('knows the portrait by its alt text, accents folded, and never by one name of a list of two', () => {
    const a = authorWords('Jürgen Müller');
    expect(isAuthorPhoto(el('<img src="/p/123.jpg" alt="Jurgen Muller">'), '', a)).toBe(true);
    expect(isAuthorPhoto(el('<img src="/p/jurgen-muller-at-the-summit.jpg" alt="">'), 'Jürgen Müller at the summit, where he spoke for an hour on the plan', a)).toBe(false);
    // A story's photo the author took (credited in its file name) describes a scene; a picture with the byline beside
    // it stays with the byline.
    expect(isAuthorPhoto(el('<img src="/p/Scott-Gilbertson-sleeping-bags.jpg" alt="Variety of sleeping bags on the grass">'), '', authorWords('Scott Gilbertson'))).toBe(false);
    expect(isAuthorPhoto(el('<img src="/p/tobias.jpg" alt="Tobias Mühlbauer">'), 'Tobias Mühlbauer', authorWords('Tobias Mühlbauer'))).toBe(false);
    expect(isAuthorPhoto(el('<img src="/p/x.jpg" alt="Autorenprofilbild von Ulrich Exner">'), '', authorWords('Ulrich Exner'))).toBe(true);
    expect(authorWords('Jane Doe and John Roe')).toEqual(['jane', 'doe']);
    expect(authorWords('Reuters')).toEqual([]);
  });
});

function el(html: string): Element {
  return parseHTML(`<div>${html}</div>`).document.querySelector('div')!;
}
