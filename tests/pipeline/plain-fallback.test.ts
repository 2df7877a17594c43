// Never less than Readability alone: where our hooks (lib/reader-hooks.ts) and marking lead Readability astray on a
// page shaped unlike the usual (closing tags missing), the story plain Readability finds is still the article
// (lib/plain-fallback.ts).
import { describe, it, expect } from 'vitest';
import { Readability } from '@mozilla/readability';
import { keepSectionHeadings } from '../../lib/reader-hooks';
import { parse, prose } from './helpers';

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
