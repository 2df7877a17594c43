// A related card inside the story, under its label ("Noticia relacionada"), goes with the label on a single page
// (no site memory needed); the story's paragraphs around it stay.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';

const page = (label: string) => `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El Córdoba empata ante el Noia</title></head>` +
  `<body><main><article><h1>El Córdoba empata ante el Noia</h1>${prose(3)}` +
  `<div class="v-c-cmp"><div class="v-cnt"><p class="v-cnt__t">${label}</p></div><ul><li><article><div><figure>` +
  `<a href="https://news.example/deportes/coto-encara-la-final-123.html" title="El Coto encara su primera final para el ascenso">` +
  `<img src="https://news.example/img/coto.jpg" width="258" height="180" alt="El Coto encara su primera final para el ascenso"></a>` +
  `</figure></div></article></li></ul></div>${prose(3, 'pabellón')}</article></main></body></html>`;

describe('a related card under its label', () => {
  it('goes with the label, and every paragraph of the story stays', () => {
    const r = runHtml(page('Noticia relacionada'));
    expect(r.article!.html).not.toContain('Noticia relacionada');
    expect(r.article!.html).not.toContain('coto-encara-la-final');
    expect(r.removed.find((x) => x.text === 'Noticia relacionada')?.reason).toBe('related');
    for (const n of [1, 2, 3]) expect(r.article!.text).toContain(`Paragraph ${n} about the pabellón`);
    for (const n of [1, 2, 3]) expect(r.article!.text).toContain(`Paragraph ${n} about the harbour wall`);
  });
});
