// A figure's credit in the reader view and the exports (issue 8): said once, after the caption's words
// (lib/figure-credits.ts). Small invented pages.
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { page, prose, runFigure as run, runHtml } from './helpers';

const SRC = 'https://news.example/img/wall-1200.jpg';
const figures = (html: string) => html.match(/<figure[\s\S]*?<\/figure>/g) ?? [];

describe("a figure's credit, once and after the caption", () => {
  it('says a credit printed on the picture and again in the caption once', () => {
    const r = run(`<figure><div><picture><img src="${SRC}" alt="The wall"></picture><div><small>© Jane Doe</small></div></div><figcaption>The wall at low tide on Monday</figcaption><div><small>© Jane Doe</small></div></figure>`);
    const fig = figures(r.article!.html)[0]!;
    expect(fig.match(/Jane Doe/g)).toHaveLength(1);
    expect(fig.indexOf('The wall at low tide')).toBeLessThan(fig.indexOf('Jane Doe'));
    const b = run(`<figure><div><img src="${SRC}" alt="The wall"><p>Jane Doe/rbb</p></div><figcaption>The wall at low tide<span> | Bild: </span><span>Jane Doe/rbb</span></figcaption></figure>`);
    expect(figures(b.article!.html)[0]!.match(/Jane Doe\/rbb/g)).toHaveLength(1);
  });

  it('sets a credit that opens the caption after its words', () => {
    const r = run(`<figure><img src="${SRC}" alt="The wall"><figcaption><span>© Jane Doe</span> Engineers inspect the wall at low tide on Monday.</figcaption></figure>`);
    expect(r.article!.html).toContain('<figcaption> Engineers inspect the wall at low tide on Monday. <span>© Jane Doe</span></figcaption>');
    const de = runHtml(page(`${prose(3)}<figure><img src="${SRC}" alt="Die Mauer"><figcaption><div>BILD: SN/APA/JANE DOE</div><div>Die Mauer bei Ebbe am Montag</div></figcaption></figure>${prose(3)}`).replace('lang="en"', 'lang="de"')).article!;
    expect(de.html).toMatch(/<figcaption>\s*<p>Die Mauer bei Ebbe am Montag<\/p><p>BILD: SN\/APA\/JANE DOE<\/p><\/figcaption>/);
    const md = toMarkdown(runHtml(page(`${prose(3)}<figure><img src="${SRC}" alt="The wall"><figcaption><span>© Jane Doe</span> Engineers inspect the wall.</figcaption></figure>${prose(3)}`)));
    expect(md).toMatch(/Engineers inspect the wall\. © Jane Doe/);
  });

  it('leaves a caption alone that only starts like a credit, or a label with no name', () => {
    const a = run(`<figure><img src="${SRC}" alt="The wall"><figcaption><span>Photo of the week: the wall at dawn after the storm that hit the coast</span> <span>Jane Doe</span></figcaption></figure>`);
    expect(a.article!.html).toContain('<figcaption><span>Photo of the week: the wall at dawn after the storm that hit the coast</span> <span>Jane Doe</span></figcaption>');
    const b = run(`<figure><img src="${SRC}" alt="The wall"><figcaption><span>Image:</span> <span>The wall at dawn</span></figcaption></figure>`);
    expect(b.article!.html).toContain('<figcaption><span>Image:</span> <span>The wall at dawn</span></figcaption>');
    // A credit in two parts is all credit: nothing to set after.
    const c = run(`<figure><img src="${SRC}" alt="The wall"><figcaption><span>Photo by Jane Doe</span> <span>/Getty Images/iStockphoto</span></figcaption></figure>`);
    expect(c.article!.html).toContain('<figcaption><span>Photo by Jane Doe</span> <span>/Getty Images/iStockphoto</span></figcaption>');
  });

  it("leaves out a screen reader's hint on the picture and a rule before the caption, and keeps the caption's words", () => {
    const r = run(`<figure><a href="${SRC}"><span class="u-visually-hidden">Open this photo in gallery:</span><div><img src="${SRC}" alt=""></div></a><hr><figcaption>The wall at low tide on Monday.</figcaption></figure>`);
    const fig = figures(r.article!.html)[0]!;
    expect(fig).not.toContain('Open this photo in gallery');
    expect(fig).toContain('wall-1200.jpg');
    expect(fig).toContain('The wall at low tide on Monday.');
    expect(fig).not.toContain('<hr');
    expect(toMarkdown(r)).not.toContain('* * *');
  });
});
