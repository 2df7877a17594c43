// A caption read for what the page shows: a label only screen readers get ("Legende:") is not part of it; a hidden
// span that holds the caption's words is.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const figure = (inner: string) => `<figure><img src="https://img.example/wall.jpg" alt="The wall"><figcaption>${inner}</figcaption></figure>`;
const caption = (html: string) => runHtml(page(prose(2) + figure(html) + prose(3, 'sea lock'))).article!.html;

describe('screen-reader labels in captions', () => {
  it('a label before the caption goes, the caption stays', () => {
    const html = caption('<span class="h-offscreen">Legende:</span> <span>The new harbour wall at dawn.</span>');
    expect(html).toContain('The new harbour wall at dawn.');
    expect(html).not.toContain('Legende:');
  });
  it("a label named inside a component's class (BEM's block__visually-hidden) goes too", () => {
    for (const cls of ['figure__visually-hidden', 'util_visuallyHidden__x1Y2', 'Caption_screen-reader__a9']) {
      const html = caption(`<span class="${cls}">Image:</span> <span>The new harbour wall at dawn.</span>`);
      expect(html, cls).toContain('The new harbour wall at dawn.');
      expect(html, cls).not.toContain('Image:');
    }
  });
  it("a label Tailwind shows again (not-sr-only) stays", () => {
    expect(caption('<span class="not-sr-only">Photo:</span> <span>The new harbour wall at dawn.</span>')).toContain('Photo:');
  });
  it('a hidden span that is the whole caption stays', () => {
    expect(caption('<span class="sr-only">The new harbour wall at dawn.</span>')).toContain('The new harbour wall at dawn.');
  });
  it('a visible first word stays', () => {
    expect(caption('<span class="credit">Photo:</span> The new harbour wall at dawn.')).toContain('Photo:');
  });
});
