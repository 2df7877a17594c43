// What a removal left in the reader view on a real page (a live blog): the label line of a byline box whose value
// went ("Author of the article:" over the author's card), the age line under a deck in the story's header ("Last
// updated 21 hours ago": the reader's header gives the date), and a comments call set as a <summary> whose <details>
// holds nothing. A label that story text follows ("Here's the latest:") and a ticker's day heading stay.
import { describe, it, expect } from 'vitest';
import { page, runHtml, prose } from './helpers';

const head = (extra = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Border clashes leave villages empty</title>` +
  `<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-05T10:00:00Z">${extra}</head>`;

// The byline box inside the story's box (where Readability keeps it): the name line is small print, out of the text.
const bylineBox = '<div class="byline-box"><p>Author of the article:</p><p class="author">By Jane Roe</p></div>';

describe('leftovers in the reader view', () => {
  it('takes out a label line whose value went, and an empty disclosure at the end', () => {
    const body = `${bylineBox}<p>Here’s the latest:</p>${prose(5, 'border')}` +
      '<section class="talk"><details><summary><span>The floor is yours</span></summary></details></section>';
    const r = runHtml(page(body, { extraHead: '<meta name="author" content="Jane Roe">' }));
    expect(r.article!.html).not.toContain('Author of the article');
    expect(r.article!.html).not.toContain('The floor is yours');
    expect(r.article!.text).toContain('Here’s the latest:');
    expect(r.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['label:emptied', 'disclosure:empty']));
  });

  it('keeps a disclosure that holds something, and a label over kept text', () => {
    const html = `${head()}<body><article><h1>Border clashes leave villages empty</h1><div class="body">${prose(4, 'border')}` +
      `<p>Key numbers:</p><p>Four villages, two roads and one bridge were closed on Tuesday.</p>` +
      `<details><summary>How we counted</summary><p>We called every mayor of the district twice.</p></details>${prose(2, 'roads')}</div></article></body></html>`;
    const r = runHtml(html);
    expect(r.article!.text).toContain('Key numbers:');
    expect(r.article!.html).toContain('How we counted');
  });

  it('takes out a lead-in heading right above a heading of its rank, and keeps one over lower-ranked headings', () => {
    // French, as the page that showed it; the box of links it announced is gone (Readability drops such boxes).
    const body = `${prose(2, 'border')}<h3>Pour ne rien rater de l'actualité politique :</h3><h3>Le fil des événements de jeudi :</h3>` +
      `${prose(2, 'roads')}<h2>Here’s the latest:</h2><h3>Roads reopen in the valley</h3>${prose(2, 'valley')}`;
    const r = runHtml(page(body));
    expect(r.article!.html).not.toContain('Pour ne rien rater');
    expect(r.removed.find((x) => x.text.startsWith('Pour ne rien rater'))?.rule).toBe('heading:lead-in');
    for (const kept of ['Le fil des événements de jeudi :', 'Here’s the latest:', 'Roads reopen in the valley']) expect(r.article!.text).toContain(kept);
  });

  it("takes out an age line under a deck in the story's header", () => {
    const header = "<header><p>Officials said the army struck targets used by militants linked to last month's attack on the valley's tourists.</p>" +
      '<div class="stamp"><small><span>Last updated 21 hours ago</span><a href="#comments-area"> </a></small></div></header>';
    const r = runHtml(page(`${header}${prose(5, 'border')}`, { extraHead: '<meta property="og:description" content="The army struck targets in the valley.">' }));
    expect(r.article!.html).not.toContain('Last updated');
    expect(r.article!.text).toContain('Officials said the army struck');
  });
});

describe("a ticker's day heading", () => {
  const entry = (time: string, i: number) =>
    `<h2>${time} Uhr: Meldung ${i} aus der Region</h2><p>Am Dienstag meldeten die Behörden der Region ${i * 3} neue Fälle; die Lage in den Dörfern bleibe nach Angaben der Polizei angespannt, sagte ein Sprecher am Mittag.</p>`;
  const tickerPage = (day: string) => `${head()}<body><article><h1>Border clashes leave villages empty</h1><div class="ticker">` +
    `${entry('12.31', 1)}${entry('11.39', 2)}${entry('08.57', 3)}${entry('05.20', 4)}</div><div class="day"><h2>${day}</h2></div></article></body></html>`;

  it('keeps the date heading of entries headed by times of day', () => {
    expect(runHtml(tickerPage('Dienstag, 27. August 2024')).article!.text).toContain('Dienstag, 27. August 2024');
  });
});
