// A line beside the headline that says who paid for or partnered on the story is part of its byline information:
// the report gives it as `sponsor`, the exports show it. An advert box inside the story still goes, and a line that
// only starts with the words, with nothing else to say it discloses the story's sponsor, is no disclosure.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';
import { frontMatter, toPlainText } from '../../lib/export';

const FR = [
  "Le merlu européen est un poisson emblématique des eaux de l'Atlantique, mais la surpêche de la fin du siècle dernier a amené l'espèce au bord de l'extinction.",
  "En 2001, l'Union a mis en place une série de mesures pour inverser cette tendance, et les populations de merlu ont aujourd'hui rebondi de façon impressionnante.",
  "Les pêcheurs du golfe de Gascogne racontent comment les quotas, longtemps contestés, ont fini par rendre la pêche plus sûre et les revenus plus stables.",
  "Les scientifiques rappellent toutefois que d'autres espèces restent menacées et que les réussites de ce genre sont encore bien trop rares en Méditerranée.",
  "Le port de Burela, en Galice, vit toujours de cette pêche, et ses marins espèrent que les règles adoptées à l'époque serviront d'exemple ailleurs.",
].map((p) => `<p>${p}</p>`).join('');

const frPage = (line: string, head = '') => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Comment le merlu a été sauvé</title><meta property="og:type" content="article">${head}</head><body>
<main><article><h1>Comment le merlu a été sauvé</h1>${line}<p class="byline">Par Denis Loctier</p>
<div class="story">${FR}</div></article></main></body></html>`;

const enPage = (line: string, body = prose(6), head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new harbour wall</title><meta property="og:type" content="article">${head}</head><body>
<main><article><h1>Council approves new harbour wall</h1>${line}<div class="story">${body}</div></article></main></body></html>`;

const SPONSOR_DIV = '<div class="c-sponsor"><span class="c-sponsor__label">En partenariat avec</span> <b>La Commission européenne</b></div>';

describe('a sponsorship disclosure beside the headline', () => {
  it('is the report\'s sponsor on a page that declares itself sponsored (fr)', () => {
    const a = runHtml(frPage(SPONSOR_DIV, '<meta name="sponsored" content="yes">')).article!;
    expect(a.sponsor).toBe('En partenariat avec La Commission européenne');
    expect(a.byline).toBe('Denis Loctier');
    expect(a.text).toContain('Le merlu européen');
  });

  it('is found by its words and the party named apart, without metadata or class names (en)', () => {
    const a = runHtml(enPage('<p>Sponsored by <a href="https://bank.example/">Harbour Savings Bank</a></p>')).article!;
    expect(a.sponsor).toBe('Sponsored by Harbour Savings Bank');
  });

  it('is found by the page\'s declaration in JSON-LD and the line\'s class names, whatever its words', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","sponsor":{"@type":"Organization","name":"Acme"}}</script>';
    const a = runHtml(enPage('<div class="partner-note">A story made with Acme</div>', prose(6), ld)).article!;
    expect(a.sponsor).toBe('A story made with Acme');
  });

  it('is none where the words alone say it', () => {
    const a = runHtml(enPage('<p>Sponsored content</p>')).article!;
    expect(a.sponsor).toBeUndefined();
  });

  it('is none where a bare label or a presenter\'s words come before a name, on a page that declares nothing', () => {
    expect(runHtml(enPage('<p>Presented by <a href="/people/jane-doe">Jane Doe</a></p>')).article!.sponsor).toBeUndefined();
    expect(runHtml(enPage('<p>Sponsored <span>Acme Running Shoes</span></p>')).article!.sponsor).toBeUndefined();
  });

  it('is none where the page declares nothing and a box of class "sponsor" holds an advert', () => {
    const a = runHtml(enPage('<div class="sponsor-slot">Visit our partners</div>')).article!;
    expect(a.sponsor).toBeUndefined();
  });

  it('is shown by the exports with the byline', () => {
    const r = runHtml(frPage(SPONSOR_DIV, '<meta name="sponsored" content="yes">'));
    expect(frontMatter(r)).toContain('sponsor: "En partenariat avec La Commission européenne"');
    expect(toPlainText(r).split('\n')[1]).toContain('En partenariat avec La Commission européenne');
  });
});

describe('an advert inside the story of a sponsored page', () => {
  it('still goes', () => {
    const ad = '<div class="anzeige ad-box"><span>Anzeige</span><a href="https://shop.example/kettle?ref=ad"><img src="/k.jpg" alt="">Wasserkocher jetzt 20 % billiger</a></div>';
    const r = runHtml(enPage('<p>Sponsored by <b>Harbour Savings Bank</b></p>', `${prose(3)}${ad}${prose(3).replace(/Paragraph/g, 'Part')}`, '<meta name="sponsored" content="yes">'));
    expect(r.article!.sponsor).toBe('Sponsored by Harbour Savings Bank');
    expect(r.article!.text).not.toContain('Wasserkocher');
    expect(r.article!.text).toContain('Part 3');
  });
});
