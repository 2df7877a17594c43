// A picture set at a paragraph's opening in an inline box with its credit and caption (lib/opening-picture.ts): its
// own figure, so that "© Provided by …" is not read as the story's first words.
import { describe, it, expect } from 'vitest';
import { runFigure } from './helpers';

const IMG = '<img src="https://news.example/img/quay.jpg" alt="The quay" width="800" height="500">';
const STORY = 'The harbour board approved the new quay on Monday after a debate that lasted most of the night, its chair said.';
const para = (box: string) => `<p>${box} ${STORY}</p>`;

describe('a picture opening a paragraph', () => {
  it('becomes a figure with its credit and caption, and the paragraph starts with its own words', () => {
    const a = runFigure(para(`<span><span>${IMG}</span><span><span>© Provided by Example Media Ltd</span><span>Jane Doe/Agency</span></span></span>`)).article!;
    expect(a.text).not.toContain('Provided by');
    expect(a.text).toContain(`\n\n${STORY}`);
    expect(a.html).toMatch(/<figure>[\s\S]*quay\.jpg[\s\S]*<figcaption>[\s\S]*© Provided by Example Media Ltd[\s\S]*<\/figcaption><\/figure><p>/);
  });
  it('leaves an icon, a linked box and words set before the picture in the paragraph', () => {
    const icon = runFigure(para(`<span><span><img src="https://news.example/i/flag.png" width="16" height="12"></span><span>Norway</span></span>`)).article!;
    expect(icon.text).toContain(`Norway ${STORY}`);
    const linked = runFigure(para(`<span><a href="https://news.example/gallery"><span>${IMG}</span></a><span>Photo gallery</span></span>`)).article!;
    expect(linked.text).toContain(`Photo gallery ${STORY}`);
    const before = runFigure(para(`<span><span>Seen here</span><span>${IMG}</span></span>`)).article!;
    expect(before.text).toContain(`Seen here ${STORY}`);
  });
});
