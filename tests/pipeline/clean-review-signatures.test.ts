// A page of short signed items: readers' reviews, each a quotation (some beside a photo) and a signature line
// ("– Kar**", the name masked by the site). The reviews and their signatures are the story: no signature is taken
// for an advert's label, and no review beside a photo for its caption, which the text leaves out.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toPlainText } from '../../lib/export';

const IMG = '<p><img src="https://news.example/p.jpg" width="580" height="1030" alt=""></p>';
const review = (words: string, name: string, photo: boolean) =>
  `<blockquote>${photo ? IMG : ''}<p>“${words}”</p></blockquote><p><strong>– ${name}</strong></p>`;
const REVIEWS: Array<[string, string]> = [
  ['The show was really great. We got the tickets at the door and a free drink at the cafe.', 'Kar**'],
  ['Very talented people! Super fun and entertaining! We also won a small prize.', 'Ola***'],
  ['A gorgeous play with a lively way of telling its story. The actors played with the audience.', 'Tur**'],
  ['Beautiful spectacle! Dance, music and acting were amazing!', 'Mel****'],
];

describe('a page of signed reviews', () => {
  const body = prose(2) + REVIEWS.map(([w, n], k) => review(w, n, k < 2)).join('') + prose(2, 'theatre season');
  const r = runHtml(page(body), { url: 'https://news.example/reviews' });

  it('keeps every signature after its quotation, none removed as a label', () => {
    for (const [, name] of REVIEWS) expect(r.article!.text).toContain(`– ${name}`);
    expect(r.removed.map((x) => x.text)).toEqual([]);
  });

  it('keeps the reviews beside photos in the text and the text export, not as captions', () => {
    const text = toPlainText(r);
    for (const [words] of REVIEWS) expect(text).toContain(words.split('.')[0]!);
  });

  it('still reads a short line under a photo as its caption', () => {
    const c = runHtml(page(prose(3) + `<div>${IMG}<p>The harbour wall at dawn</p></div>` + prose(3, 'ferry strike')));
    expect(c.article!.text).not.toContain('The harbour wall at dawn');
    expect(c.article!.html).toContain('The harbour wall at dawn');
  });

  it('gives a caption to the text export in its place, as the reader and the Markdown show it', () => {
    const c = runHtml(page(prose(3) + `<figure>${IMG}<figcaption>The harbour wall at dawn</figcaption></figure>` + prose(3, 'ferry strike')));
    const text = toPlainText(c);
    expect(text).toContain('The harbour wall at dawn');
    expect(text.indexOf('Paragraph 3 about the harbour wall')).toBeLessThan(text.indexOf('The harbour wall at dawn'));
    expect(text.indexOf('The harbour wall at dawn')).toBeLessThan(text.indexOf('Paragraph 1 about the ferry strike'));
  });
});
