// Photos with their captions in the reader view and the exports (issue 8): a picture the page shows is never dropped
// while its caption stays (a caption of nothing). Small invented pages; lib/picture-sources.ts,
// lib/figure-wrappers.ts, and the clean stage's related lists (lib/clean/layout.ts) and held captions
// (lib/clean/caption.ts).
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { page, prose, runFigure as run, runHtml } from './helpers';

const SRC = 'https://news.example/img/wall-1200.jpg';
const figures = (html: string) => html.match(/<figure[\s\S]*?<\/figure>/g) ?? [];

describe('a picture the page shows stays with its caption', () => {
  it('keeps a photo set in a zoom button', () => {
    const r = run(`<figure><div><button class="zoom"><img src="${SRC}" alt="The wall"></button></div><figcaption>The wall at low tide. Foto: Jane Doe</figcaption></figure>`);
    expect(r.article!.html).toMatch(/<figure>[\s\S]*wall-1200\.jpg[\s\S]*<figcaption>The wall at low tide\. Foto: Jane Doe<\/figcaption>/);
    expect(toMarkdown(r)).toContain(`![The wall](${SRC})`);
  });

  it('leaves a control button out, with its label and its drawing', () => {
    const r = run(`<figure><img src="${SRC}" alt="The wall"><button>Share this picture</button><figcaption>The wall at low tide.</figcaption></figure>`);
    expect(r.article!.html).not.toContain('Share this picture');
    const b = run(`<div><button><picture><img src="https://news.example/static/audio-volume.66.svg" alt=""></picture><span>Listen</span></button></div><figure><button><img src="https://news.example/static/zoom.svg" alt=""></button><img src="${SRC}" alt="The wall"><figcaption>The wall.</figcaption></figure>`);
    expect(b.article!.html).not.toMatch(/audio-volume|zoom\.svg|Listen/);
  });

  it("gives an <img> with no address of its own its <picture>'s sources", () => {
    const set = 'https://news.example/img/wall~384x216 384w, https://news.example/img/wall~1280x720 1280w';
    const r = run(`<figure><picture><source srcset="${set}"><img alt="The wall" loading="lazy"></picture><figcaption>The wall at low tide.</figcaption></figure>`);
    const fig = figures(r.article!.html).join('');
    expect(fig).toContain('src="https://news.example/img/wall~1280x720"');
    expect(fig).toContain('<figcaption>The wall at low tide.</figcaption>');
  });

  it('keeps a photo whose box inside the figure has a class Readability scores down ("overflow-hidden")', () => {
    const fig = `<figure class="relative"><div class="relative overflow-hidden flex"><div style="padding-top: 62%" class="float-left"></div><img src="${SRC}" srcset="${SRC} 1200w" alt="The wall at low tide"></div><a href="https://news.example/img/wall-1900.jpg" title="Enlarge"><span></span></a><figcaption><p>The wall at low tide.</p><span>Foto: Jane Doe</span></figcaption></figure>`;
    const html = run(fig, `${prose(3)}<p>A paragraph between the lead and the figure, long enough to be part of the story and not its header.</p>`).article!.html;
    const withCaption = figures(html).filter((f) => f.includes('The wall at low tide.'));
    expect(withCaption.length).toBeGreaterThan(0);
    for (const f of withCaption) expect(f).toContain('wall-1200.jpg');
  });

  it('keeps a captioned photo that follows a related link (it is no link of the list)', () => {
    const body = `<h2><a href="https://news.example/other-story">Another story of the harbour, read it here</a></h2><figure><div><img src="${SRC}" alt="The wall"></div></figure><figcaption><span>The wall at low tide</span> <span>Harbour Photos</span></figcaption>${prose(3)}`;
    const r = runHtml(page(body));
    expect(r.article!.html).toContain('wall-1200.jpg');
    expect(r.removed.some((x) => x.rule === 'related:list')).toBe(false);
  });

  it('still removes a sign-up box set in a "caption" style beside the story\'s photos', () => {
    const story = `<section>${prose(2)}<figure><img src="${SRC}" alt="The wall"><figcaption>The wall at low tide.</figcaption></figure>${prose(2).replace(/Paragraph/g, 'Section')}`;
    const box = '<div><div class="paper"><h2>Newsletter: Harbour inside</h2><p>Every Monday the top stories of the week from the harbour desk</p><span class="type-caption">You can unsubscribe from the newsletter at any time. More information in our <a href="https://news.example/privacy">privacy policy</a>.</span></div></div></section>';
    const r = runHtml(page(`${story}${box}`));
    // Its small print is no caption of the story's photo (kept as one, it held the whole box in the reader).
    expect(r.article!.html).not.toContain('You can unsubscribe');
    expect(r.article!.html).not.toContain('Newsletter: Harbour inside');
    expect(r.article!.html).toContain('The wall at low tide.');
  });
});
