// @vitest-environment jsdom
// Clean on the live page hides a dropdown a control of the page opens, standing open beside the byline (a share menu,
// "This feature is for registered users — Sign in"), and a box of the same kind beside it that no control names
// (lib/page/control-panel.ts). The byline, the date, the standfirst and the story stay; a box a control unfolds
// that holds prose stays too.
import { describe, expect, it } from 'vitest';
import { cleanLive, hidden } from './live-clean';

const P = [
  'The county board approved the new bus timetable on Monday night, adding an hourly service to the three villages north of the river that lost their last bus route two years ago.',
  'Board members said the service would be paid for from the transport levy for its first two years, after which they would decide on its future from the number of riders it carries.',
  'Residents of the villages had collected signatures for more than a year, and some of them travelled to the board meeting to hear the vote, which passed with two members against.',
];
const TOOLS = `<div class="tools">
    <button data-target="save-panel" aria-label="Save"></button>
    <div id="save-panel" class="pk-drop pk-drop--save"><p class="pk-note" id="save-note">Saving stories is for registered readers only</p><a id="save-login" class="pk-btn" href="/me/">Log on</a></div>
    <div id="comments-panel" class="pk-drop pk-drop--comments"><p class="pk-note" id="comments-note">Comments are for subscribers only</p><a class="pk-btn" href="/shop/">Join</a></div>
  </div>`;
const page = (extra = '') => `
  <header class="site"><a href="/">Riverside Post</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
  <main><div class="column">
    <h1>Villages north of the river get their bus back</h1>
    <p class="standfirst" id="lead">An hourly service returns to three villages that lost their last bus route two years ago.</p>
    <p class="byline" id="byline">By Hal Brennan · <time id="date" datetime="2025-03-11">11 March 2025</time></p>
    ${TOOLS}${extra}
    <div class="body">${P.map((p, i) => `<p id="p${i}">${p}</p>`).join('')}</div>
  </div></main>
  <footer><p>© 2025 Riverside Post</p></footer>`;

const clean = (extra?: string) => cleanLive('<title>Villages north of the river get their bus back</title><meta name="author" content="Hal Brennan">', page(extra),
  'https://riverside-post.example/news/villages-bus/');

describe('a panel a control opens, standing open in the header', () => {
  it('goes, with the box of its kind beside it', () => {
    clean();
    for (const id of ['save-note', 'save-login', 'comments-note']) expect(hidden(id), id).toBe(true);
    for (const id of ['lead', 'byline', 'date', 'p0', 'p2']) expect(hidden(id), id).toBe(false);
  });
  it('stays when it holds prose', () => {
    const more = `<button aria-controls="more">More</button><div id="more" class="unfold"><p id="more-p">${P[0]!.replace('county board', 'district council')}</p></div>`;
    clean(more);
    expect(hidden('more-p')).toBe(false);
  });
});

/** An author's box set in the body (its classes name the author), its "follow" button's dropdown standing open. */
const authorBox = (name: string, role: string, note: string, login: string) => `<section class="author-box">
    <figure class="author-box__image"><img src="/img/authors/portrait.jpg" width="120" height="120" alt="${name}"></figure>
    <div class="author-box__item"><div class="author-box__sub">
      <p class="author-box__name" id="author"><a href="/author/${name.toLowerCase().replace(/\s+/g, '-')}/">${name}</a></p>
      <p class="author-box__role" id="role">${role}</p></div>
      <div class="author-box__sub"><button class="author-box__btn" data-target="open-follow-author" aria-label="Follow"></button>
        <div id="open-follow-author" class="pk-modal"><p id="follow-note">${note}</p><a id="follow-login" href="/login/">${login}</a></div></div>
    </div></section>`;

/** A story whose body opens with the author's box (`box`) after its first paragraph. */
const bodyPage = (title: string, paras: readonly string[], box: string) => `
  <header class="site"><a href="/">Daily</a><nav><a href="/news/">News</a> <a href="/world/">World</a></nav></header>
  <main><article>
    <h1>${title}</h1>
    <div class="body"><p id="p0">${paras[0]}</p>${box}${paras.slice(1).map((p, i) => `<p id="p${i + 1}">${p}</p>`).join('')}</div>
  </article></main>
  <footer><p>© 2025 Daily</p></footer>`;

const ES = [
  'La policía detuvo el lunes a un agente de 45 años que trabajaba en la seguridad del Parlamento, tras la denuncia presentada por su mujer ante un juzgado de la capital.',
  'Según las primeras pesquisas, el agente habría amenazado a su familia durante años, y la fiscalía ha pedido una investigación exhaustiva de todos los hechos denunciados.',
  'Las autoridades han retirado la custodia de los menores, que permanecerán en un centro de acogida hasta que el juez decida sobre su futuro en las próximas semanas.',
];

describe("a panel a control opens, inside an author's box in the body", () => {
  it('goes; the author, the role and the story stay (es)', () => {
    const box = authorBox('Lucía Ferrer', 'Corresponsal en Lisboa', 'Esta funcionalidad es sólo para registrados', 'Iniciar sesión');
    cleanLive('<title>Detenido un agente por amenazar a su familia</title>', bodyPage('Detenido un agente por amenazar a su familia', ES, box), 'https://diario.example/sociedad/detenido-agente-2024.html');
    for (const id of ['follow-note', 'follow-login']) expect(hidden(id), id).toBe(true);
    for (const id of ['author', 'role', 'p0', 'p1', 'p2']) expect(hidden(id), id).toBe(false);
  });
});
