// List items with no text and no media (link shells whose headlines the page's scripts fill in, or whose headlines
// were removed as related links) leave the article: the reader saw a column of empty bullets, the Markdown export
// an empty "-" line each.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose, parse } from './helpers';
import { cleanArticle } from '../../lib/clean';

const items = (html: string) => html.match(/<li/g)?.length ?? 0;

describe('empty list items', () => {
  it('are dropped, and the items with words and the text around them stay', () => {
    const list = '<ul><li>The north quay reopens to ferries on Monday morning.</li><li><a href="https://paper.example/news/1">  </a></li><li> </li><li><a href="https://paper.example/news/2"></a></li></ul>';
    const html = runHtml(page(prose(3) + list + prose(2, 'ferry strike'))).article!.html;
    expect(items(html)).toBe(1);
    expect(html).toContain('The north quay reopens to ferries on Monday morning.');
    expect(html).toContain('Paragraph 2 about the ferry strike');
  });

  it('keep an item with a picture', () => {
    const list = '<ul><li><img src="https://paper.example/map.png" alt="Map of the quay"></li><li>Quay 4 reopens</li><li></li></ul>';
    const html = runHtml(page(prose(3) + list + prose(2, 'ferry strike'))).article!.html;
    expect(html).toContain('map.png');
    expect(items(html)).toBe(2);
  });

  it('drop a share bar\'s icon links and a paragraph that shows only an icon, never a picture', () => {
    const icon = (n: string) => `<li><a href="https://share.example/${n}?u=1"><i><img src="https://paper.example/assets/${n}.png" width="20"></i></a></li>`;
    const bar = `<ul><li>The quay in numbers: four berths, two cranes</li><li><ul>${icon('twitter')}${icon('facebook')}</ul></li></ul>`;
    const end = '<p><img src="https://paper.example/themes/images/gallery-icon.png" alt="Gallery"></p><p><img src="https://paper.example/photos/quay.jpg" alt="The quay"></p>';
    const body = parse(`<html><body><div id="a">${prose(3)}${bar}${prose(3, 'ferry strike')}${end}</div></body></html>`).getElementById('a')!;
    const html = cleanArticle(body).body.outerHTML;
    expect(html).not.toMatch(/twitter\.png|facebook\.png|gallery-icon/);
    expect(items(html)).toBe(0); // the list left with one item is no list
    expect(html).toMatch(/<div>The quay in numbers: four berths, two cranes<\/div>/);
    expect(html).toContain('quay.jpg');
  });

  it('keep a list the page wrote with one item', () => {
    const body = parse(`<html><body><div id="a">${prose(3)}<ul><li>Quay 4 reopens on Monday</li></ul>${prose(2, 'ferry strike')}</div></body></html>`).getElementById('a')!;
    expect(items(cleanArticle(body).body.outerHTML)).toBe(1);
  });
});
