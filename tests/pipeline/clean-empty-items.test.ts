// List items with no text and no media (link shells whose headlines the page's scripts fill in, or whose headlines
// were removed as related links) leave the article: the reader saw a column of empty bullets, the Markdown export
// an empty "-" line each.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

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
});
