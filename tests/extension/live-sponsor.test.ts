// @vitest-environment jsdom
// Clean on the live page never hides the line under the headline that says who paid for or partnered on the story,
// though its class names say "sponsor" (an advert's word): a reader must see that the story was paid for. An advert
// box beside it, and one in the story, still go.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  "Le merlu européen est un poisson emblématique des eaux de l'Atlantique, mais la surpêche de la fin du siècle dernier a amené l'espèce au bord de l'extinction.",
  "En 2001, l'Union a mis en place une série de mesures pour inverser cette tendance, et les populations de merlu ont aujourd'hui rebondi de façon impressionnante.",
  "Les pêcheurs du golfe de Gascogne racontent comment les quotas, longtemps contestés, ont fini par rendre la pêche plus sûre et les revenus plus stables.",
  "Les scientifiques rappellent toutefois que d'autres espèces restent menacées et que les réussites de ce genre sont encore bien trop rares en Méditerranée.",
];
const TITLE = 'Comment le merlu a été sauvé';
const page = (line: string) => `
  <header class="site"><a href="/">Nouvelles du large</a><nav><a href="/mer/">Mer</a> <a href="/peche/">Pêche</a></nav></header>
  <main><article>
    <h1>${TITLE}</h1>${line}
    <div class="ad-slot" id="ad"><span>Publicité</span> <a href="https://shop.example/?ref=ad">Bouilloire à -20 % cette semaine</a></div>
    <p class="byline" id="by">Par Denis Loctier</p>
    <div class="story">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
  </article></main>
  <footer><p>© 2026 Nouvelles du large</p></footer>`;

const clean = (line: string, head = '') =>
  cleanLive(`<title>${TITLE}</title><meta property="og:type" content="article">${head}`, page(line), 'https://large.example/mer/merlu/').report;

describe('a sponsorship disclosure on the live page', () => {
  it('stays shown on a page that declares itself sponsored, the advert beside it hidden', () => {
    const report = clean('<div class="c-sponsor" id="sp"><span class="c-sponsor__label">En partenariat avec</span> <b>La Commission européenne</b></div>', '<meta name="sponsored" content="yes">');
    expect(report.article?.sponsor).toBe('En partenariat avec La Commission européenne');
    for (const id of ['sp', 'by', 'p0', 'p3']) expect(hidden(id), id).toBe(false);
    expect(hidden('ad')).toBe(true);
  });

  it('stays shown when its words and the party named apart say it (en, no metadata)', () => {
    const report = clean('<div class="sponsor-line" id="sp">Sponsored by <a href="https://bank.example/">Harbour Savings Bank</a></div>');
    expect(report.article?.sponsor).toBe('Sponsored by Harbour Savings Bank');
    expect(hidden('sp')).toBe(false);
  });

  it('is hidden as an advert where nothing says it discloses the story\'s sponsor', () => {
    clean('<div class="sponsor-slot" id="sp">Visit our partners</div>');
    expect(hidden('sp')).toBe(true);
  });
});
