// A picture's caption: kept, under its picture, on a line of its own (lib/figures.ts). Readers saw the alt text
// instead of a caption the page marked aria-hidden, a credit glued to the picture ("…)Getty Images") or to the
// caption ("…GP de Qatar.AFP"), and a zoom button's label as a line of the article.
import { describe, it, expect } from 'vitest';
import { page, prose, runHtml } from './helpers';

const IMG = '<img src="https://news.example/img/wall.jpg" alt="The wall" width="800" height="500">';
const run = (figure: string) => runHtml(page(`${prose(3)}${figure}${prose(3).replace(/Paragraph (\d)/g, 'Part $1')}`)).article!;

describe('captions', () => {
  it('keeps a caption the page hides from screen readers only', () => {
    const a = run(`<figure>${IMG}<figcaption aria-hidden="true">The new wall at low tide. <span aria-hidden="true">JANE DOE / AFP</span></figcaption></figure>`);
    expect(a.html).toMatch(/<figcaption>The new wall at low tide\. <span>JANE DOE \/ AFP<\/span><\/figcaption>/);
    expect(a.text).not.toContain('The new wall at low tide');
  });
  it('makes a picture and the caption it is described by one figure', () => {
    const a = run(`<div class="wp-caption">${IMG.replace('<img', '<img aria-describedby="cap-1"')}<p id="cap-1" class="wp-caption-text">Engineers inspect the wall on Monday.</p></div>`);
    expect(a.html).toMatch(/<figure>[\s\S]*wall\.jpg[\s\S]*<figcaption>Engineers inspect the wall on Monday\.<\/figcaption><\/figure>/);
  });
  it('sets a credit beside the picture in the caption, apart from the picture', () => {
    const a = run(`<figure><div>${IMG}<span>Getty Images</span></div><figcaption>The wall at dawn</figcaption></figure>`);
    expect(a.html).toContain('<figcaption>The wall at dawn Getty Images</figcaption>');
    const b = run(`<figure><div>${IMG}<span>Getty Images</span></div></figure>`);
    expect(b.html).toContain('<figcaption>Getty Images</figcaption>');
  });
  it('reads a caption\'s parts as one line with spaces between them, and drops the zoom button', () => {
    const a = run(`<figure>${IMG}<p><button>Enlarge picture</button></p><figcaption><p>The wall at dawn.</p><span><p>Photo:</p><p>Jane Doe / AP</p></span><span>The <b>g</b><b>ov</b>ernor.</span><span>AFP</span></figcaption></figure>`);
    expect(a.html).not.toContain('Enlarge picture');
    expect(a.html).toMatch(/<span> Photo: Jane Doe \/ AP<\/span>/);
    expect(a.html).toContain('<b>g</b><b>ov</b>ernor.</span> <span>AFP');
  });
  it('sets a credit apart from a caption that ends without a full stop, and keeps a word styled in parts whole', () => {
    const a = run(`<figure>${IMG}<figcaption><span>Firefighters at work near the village of Bédar</span><span>Emergencias Andalucía/EFE</span></figcaption></figure>`);
    expect(a.html).toContain('of Bédar</span> <span>Emergencias');
    const b = run(`<figure>${IMG}<figcaption><span>The new <b>i</b><b>Phone</b> on show at the harbour</span></figcaption></figure>`);
    expect(b.html).toContain('<b>i</b><b>Phone</b>');
  });

  it('takes the lines a video\'s box prints from its JSON-LD description for its caption', () => {
    const ld = '{"@context":"https://schema.org","@type":"VideoObject","name":"Wall","description":"Engineers explain the repairs to the harbour wall. "}';
    const box = `<div class="c1"><div><picture><img alt="Still"></picture><figure></figure></div><script type="application/ld+json">${ld}</script><span>Engineers explain the repairs to the harbour wall. </span><span>18.04.2024 | 0:21 min</span></div>`;
    const a = run(box);
    expect(a.html).toMatch(/<figcaption><span>Engineers explain the repairs to the harbour wall\. <\/span> <span>18\.04\.2024 \| 0:21 min<\/span><\/figcaption>/);
    expect(a.text).not.toContain('Engineers explain');
    expect(a.text).not.toContain('0:21 min');
  });
  it('leaves lines that differ from the description as they were', () => {
    const ld = '<script type="application/ld+json">{"@type":"VideoObject","description":"Another text entirely."}</script>';
    const box = (script: string) => `<div><div><picture><img alt="Still"></picture></div>${script}<span>Engineers explain the repairs to the harbour wall.</span></div>`;
    expect(run(box(ld)).html).not.toContain('<figcaption>');
    expect(run(box(ld)).text).toBe(run(box('')).text);
  });
});

describe('a gallery of one photo (Hearst)', () => {
  const gallery = '<div class="gallery"><ul><li><figure><div><img src="https://cdn.example/p/patrick.jpg" width="920" height="920" alt="The candidate at a stop"></div><figcaption><span>The candidate speaks with a business owner during a campaign stop on Tuesday.</span><span>Photo: Meg Kinnard, AP</span></figcaption></figure></li></ul>'
    + '<div class="control-panel"><span>1</span> / <span>5</span> <p>Caption</p><div class="caption"><span>Photo: Meg Kinnard, AP</span></div></div></div>';

  it('is a figure, not a list of one bullet, and its credit is said once', () => {
    const html = runHtml(page(prose(2) + gallery + prose(4))).article!.html;
    expect(html).toMatch(/<figure>[\s\S]*patrick\.jpg[\s\S]*<\/figure>/);
    expect(html).not.toMatch(/<li>\s*<figure>/);
    expect(html.match(/Meg Kinnard/g)).toHaveLength(1);
  });

  it('keeps a line after it that says more than the credit', () => {
    const html = runHtml(page(prose(2) + gallery.replace('<div class="caption"><span>Photo: Meg Kinnard, AP</span></div>', '<p>Photo: Meg Kinnard, AP, with thanks to the campaign</p>') + prose(4))).article!.html;
    expect(html).toContain('with thanks to the campaign');
  });
});
