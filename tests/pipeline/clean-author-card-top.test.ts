// An author's card in the story's header (the byline's name, a role, a short note about the author) is about who
// wrote the story: once a part of it is removed by its own evidence, its note goes too (lib/clean/author-card.ts).
// The byline's name, a date and the standfirst in such a box stay.
import { describe, expect, it } from 'vitest';
import { runHtml, prose } from './helpers';

const NOTE = 'Harbours and ferries, that is my beat. I turned my passion into a job and have been at every launch since.';
const DEK = 'The council voted to build a new harbour wall after a debate that lasted three days and divided the town.';
const page = (card: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>
<meta name="author" content="Bea Lindqvist"><meta name="description" content="${DEK}"></head><body><main><article><header>
<h1>Harbour wall approved</h1><p class="dek">${DEK}</p>${card}</header>${prose(5)}</article></main></body></html>`;
const card = (extra = '') => `<div class="author-card"><div class="who"><p><strong>Bea Lindqvist</strong></p><p class="copy">© Harbour News 2026</p></div><p>${NOTE}${extra}</p><a href="/authors/bea"></a></div>`;

describe("an author's card before the story", () => {
  it('loses its note when a part of it went by its own evidence', () => {
    const r = runHtml(page(card()));
    expect(r.article!.text).not.toContain('that is my beat');
    expect(r.removed.find((x) => x.text.includes('that is my beat'))?.reason).toBe('author-bio');
    expect(r.article!.text).toContain('Paragraph 5 about the harbour wall');
  });

  it('keeps its note when nothing else in it went, or when it holds a date', () => {
    const plain = `<div class="author-card"><div class="who"><p><strong>Bea Lindqvist</strong></p></div><p>${NOTE}</p></div>`;
    expect(runHtml(page(plain)).article!.text).toContain('that is my beat');
    const dated = runHtml(page(card(' <time datetime="2026-01-05">5 January 2026</time>')));
    expect(dated.article!.text).toContain('that is my beat');
  });
});
