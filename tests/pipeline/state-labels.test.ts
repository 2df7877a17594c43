// A player's state line (issue 8): a script shows one of several short lines of the same class ("Clip loading",
// "Clip unavailable") and hides the others; without the script the shown one stayed and, beside the poster in the
// header, became the lead photo's caption. Invented pages; lib/state-labels.ts.
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';

const POSTER = 'https://news.example/media/harbour/poster.jpg';

const headerPage = (states: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title></head><body>` +
  `<main><header><h1>Harbour wall approved</h1><div class="lead"><div class="player"><div class="still"><img data-src="${POSTER}" width="100%"></div>` +
  `<div class="status">${states}</div></div></div></header><article><div class="body">${prose(6)}</div></article></main></body></html>`;

describe("a player's state line", () => {
  it('is no caption of the poster when a sibling of its class is hidden', () => {
    const r = runHtml(headerPage('<span class="state state-loading">Clip loading</span><div class="state state-failed hidden">Clip unavailable</div>'));
    expect(r.article!.html).toContain('poster.jpg');
    expect(r.article!.html).not.toContain('Clip loading');
    expect(r.article!.text).not.toContain('Clip loading');
  });

  it('stays a credit when nothing of its class is hidden beside it', () => {
    const r = runHtml(headerPage('<span class="state">Photo: Jane Doe</span><div class="other hidden">Clip unavailable</div>'));
    expect(r.article!.html).toContain('Photo: Jane Doe');
  });
});
