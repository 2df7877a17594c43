// A row of cards of other stories after the story, each an <article> of its own (a thumbnail linked to the other
// page, the excerpt cut with "…"), read as paragraphs, was more text than the story: it leaves the reader view, in
// any language. A live blog whose entries are <article>s, before any other prose, keeps them all.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';

const url = 'https://mensagens.example/quem-se-ama';
const run = (inner: string) => cleanArticle(parse(`<html><body><div id="b">${inner}</div></body></html>`).getElementById('b')!, { url });
const card = (slug: string, text: string) =>
  `<article><p><a href="https://mensagens.example/${slug}"></a></p><p><a href="https://mensagens.example/${slug}"><img src="/img/${slug}.jpg" width="700" height="600" alt=""></a></p><p>${text}</p></article>`;
const cut = (topic: string) => `A mensagem sobre ${topic} lembra que a vida requer otimismo e coragem para esperar o melhor e fazer o melhor acontecer, sem reclamar na primeira queda, mas aprendendo com ela para …`;

describe('a row of story cards after the story', () => {
  it('goes, excerpts and thumbnails, and the story stays (Portuguese)', () => {
    const row = `<article>${card('gratidao', cut('gratidão'))}${card('familia', 'O que une uma família é o amor, o carinho, o querer bem.')}${card('forca', cut('força'))}${card('fe', cut('fé'))}</article>`;
    const c = run(`<article>${prose(3)}</article>${row}`);
    expect(c.removed.filter((x) => x.rule === 'cards:other-stories' && x.text)).toHaveLength(4);
    expect(c.body.innerHTML).not.toContain('gratidao.jpg');
    for (const n of [1, 2, 3]) expect(c.text).toContain(`Paragraph ${n} about the harbour wall`);
  });

  it("stays when the row holds the story: a live blog's entries, however they end (English)", () => {
    const entry = (n: number) => `<article><p><a href="https://mensagens.example/live/entry-${n}"><img src="/img/live-${n}.jpg" width="700" height="600" alt=""></a></p>` +
      `<p>Update ${n}: the council voted on the harbour wall at ${n} pm, and the mayor said the works would start in spring after the last objections were heard …</p></article>`;
    const c = run(`<div>${entry(1)}${entry(2)}${entry(3)}${entry(4)}</div><article>${prose(2)}</article>`);
    expect(c.removed).toHaveLength(0);
    for (const n of [1, 2, 3, 4]) expect(c.body.textContent).toContain(`Update ${n}:`);
  });
});
