// Never less than Readability alone: where our hooks (lib/reader-hooks.ts) and marking lead Readability astray on a
// page shaped unlike the usual (closing tags missing), the story plain Readability finds is still the article
// (lib/plain-fallback.ts).
import { describe, it, expect } from 'vitest';
import { Readability } from '@mozilla/readability';
import { keepSectionHeadings } from '../../lib/reader-hooks';
import { processInput, failed } from '../../cli/process';
import { parse, prose, runHtml } from './helpers';

const TITLE = 'Harbour wall approved after a long council debate';
const HEADLINE = 'Council says yes to the new sea defences';
const times = (text: string, part: string) => text.split(part).length - 1;
const readWith = (html: string, hooked: boolean) => {
  const reader = new Readability(parse(html));
  if (hooked) keepSectionHeadings(reader);
  return (reader.parse()?.textContent ?? '').replace(/\s+/g, ' ');
};

describe('section headings kept by the hook', () => {
  const copy = `<h2>${TITLE}</h2>`;
  it('keeps a heading that reads like the title once the headline has gone by', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${HEADLINE}</h1>${prose(3)}${copy}${prose(3)}</article></body></html>`;
    expect(times(readWith(html, false), TITLE)).toBe(0);
    expect(times(readWith(html, true), TITLE)).toBe(1);
  });

  it('leaves a copy of the title inside a headline never closed to Readability, as plain Readability does', () => {
    // No </h1>: the headline holds the rest of the page, a teaser's copy of the title among it.
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${HEADLINE}<div>${prose(3)}${copy}${prose(3)}</div></article></body></html>`;
    expect(times(readWith(html, false), TITLE)).toBe(0);
    expect(times(readWith(html, true), TITLE)).toBe(0);
    expect(readWith(html, true)).toContain('Paragraph 3 about the harbour wall');
  });
});

/** A story written as lines apart (no <p>), after a box the page hides with a framework's class and never closes. */
const unclosedHidden = (paragraphs: number) => `<!DOCTYPE html><html lang="en"><head><title>${TITLE}</title></head><body>
<div class="hidden"><a href="/menu">Menu</a> <a href="/search">Search</a>
<div class="story">${Array.from({ length: paragraphs }, (_, i) => `Line ${i + 1} of the story: the council met again on day ${i + 1}, heard ${i + 4} residents and examined the engineers' report on the costs, risks and timetable of the new harbour wall.`).join('<br><br>')}
</body></html>`;

describe('the fallback to Readability alone', () => {
  it('gives back the story our marking lost (a hidden box that holds the rest of the page)', () => {
    const html = unclosedHidden(8);
    expect(readWith(html, false)).toContain('Line 8 of the story');
    const fresh: string[] = [];
    const report = runHtml(html, { reparse: () => { fresh.push('parsed'); return parse(html); } });
    expect(fresh).toEqual(['parsed']);
    for (let i = 1; i <= 8; i++) expect(report.article?.text).toContain(`Line ${i} of the story`);
  });

  it('is given the page again by the CLI, which works on its parse in place', () => {
    const res = processInput({ file: 'story.html', bytes: new TextEncoder().encode(unclosedHidden(8)), force: true });
    expect(failed(res) ? res.error : res.article?.text).toContain('Line 8 of the story');
  });

  it('never takes a consent dialog for the story, though plain Readability would', () => {
    const notice = Array.from({ length: 6 }, (_, i) => `<p>Cookie notice part ${i + 1}: we and our partners store and access information on your device, such as cookies, to measure audiences, personalise advertising and improve our services, with your consent.</p>`).join('');
    const others = Array.from({ length: 14 }, (_, i) => `<li><a href="/other-${i}">Other story ${i + 1}: a long excerpt of another story on the site, about the market, the school board and the weather of the coming week</a></li>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>${TITLE}</title></head><body><div role="dialog">${notice}</div>
<article><h1>${TITLE}</h1>${prose(2)}</article><aside class="sidebar"><ul>${others}</ul></aside></body></html>`;
    let asked = 0;
    const report = runHtml(html, { reparse: () => { asked++; return parse(html); } });
    expect(asked).toBe(1); // the notice and the sidebar outweigh the story: the check asks; the plain run's dialog is set aside
    expect(report.article?.text).toContain('Paragraph 2 about the harbour wall');
    expect(report.article?.text).not.toContain('Cookie notice');
  });

  it('runs no second Readability on a page whose article is as long as its running text', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${prose(8)}</article><footer>${prose(1)}</footer></body></html>`;
    let asked = 0;
    const report = runHtml(html, { reparse: () => { asked++; return parse(html); } });
    expect(report.article?.text).toContain('Paragraph 8 about the harbour wall');
    expect(asked).toBe(0);
  });
});
