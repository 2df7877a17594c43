// A story whose continuation the page sends but hides in its markup (a `hidden` box a script opens for subscribers):
// the page's JSON-LD articleBody holds that text, so it is the story and the reader keeps it. A hidden box the data
// does not confirm (a notice, a form) stays out, and so does a hidden copy of paragraphs the page already shows.
import { describe, it, expect } from 'vitest';
import { runHtml } from './helpers';

const lead = 'The ferry company restored the night crossing on Friday after a winter in which storms cancelled one sailing in three.';
const rest = [
  'Crews had repaired the ramp at the island pier, which a January gale had torn from its hinges, and tested it for a week.',
  'Passengers on the first sailing said the crossing was calm, and the captain thanked the harbour staff for their patience.',
  'The company said it would add a second evening sailing in June if bookings kept to the level of the first two weeks.',
];
const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Night ferry returns', articleBody: body })}</script>`;
const html = (hiddenBox: string, data: string) => `<!DOCTYPE html><html lang="en"><head><title>Night ferry returns</title>${data}</head><body>` +
  `<article><h1>Night ferry returns</h1><p>${lead}</p>${hiddenBox}</article></body></html>`;
const paras = rest.map((t) => `<p>${t}</p>`).join('');

describe('a hidden continuation of the story', () => {
  it('keeps paragraphs the page hides when its articleBody holds them', () => {
    const text = runHtml(html(`<div class="paywall" hidden>${paras}</div>`, ld([lead, ...rest].join(' ')))).article!.text;
    for (const t of [lead, ...rest]) expect(text).toContain(t);
  });

  it('also when the box is hidden by an inline style', () => {
    const text = runHtml(html(`<div style="display: none">${paras}</div>`, ld([lead, ...rest].join(' ')))).article!.text;
    expect(text).toContain(rest[2]);
  });

  it('leaves hidden what the data does not confirm', () => {
    const text = runHtml(html(`<div class="paywall" hidden>${paras}</div>`, ld(lead))).article!.text;
    expect(text).toContain(lead);
    expect(text).not.toContain(rest[0]);
  });

  it('does not show a hidden copy of paragraphs already on the page', () => {
    const page = html(`${paras}<div hidden>${paras}</div>`, ld([lead, ...rest].join(' ')));
    const text = runHtml(page).article!.text;
    expect(text.split(rest[0]!).length - 1).toBe(1);
  });
});

describe('what the markup hides, in the CLI as in the extension', () => {
  it('leaves out a notice the page hides by an inline style, however the style is written', () => {
    for (const style of ['display:none', 'display: none !important', 'color: red; visibility: hidden']) {
      const box = `<p style="${style}">Comments do not necessarily reflect the views of the editors, who may remove any comment.</p>`;
      const text = runHtml(html(`${paras}${box}`, '')).article!.text;
      expect(text).toContain(rest[2]);
      expect(text).not.toContain('Comments do not necessarily');
    }
  });
});

describe('paragraphs marked aria-hidden among the story', () => {
  it('keeps them: aria-hidden hides from screen readers, not from the eye', () => {
    const story = `<p>${rest[0]}</p><p aria-hidden="true" class="paywall">${rest[1]}</p><p>${rest[2]}</p>`;
    const text = runHtml(html(story, '')).article!.text;
    expect(text).toContain(rest[1]);
  });

  it('leaves a short aria-hidden label out (an icon text, a screen-reader duplicate)', () => {
    const story = `${paras}<p aria-hidden="true">Share</p>`;
    expect(runHtml(html(story, '')).article!.text).not.toMatch(/\bShare\b/);
  });
});
