// The host parses the tab's snapshot again. An element a page's script put in the <head> (an <iframe>) ends the head
// when parsed again: the title, metas and JSON-LD after it landed at the top of <body>, the reader's text began with
// the page's <title>, and the live page took those head elements for the article's start (SFGate: nothing the clean
// stage removed above the headline was hidden). headBack puts them back.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { serializeSnapshot, snapshotPage } from '../../lib/page/snapshot';
import { mappingOptions } from '../../lib/page/article-map';
import { headBack } from '../../lib/page/reparse';
import { runPipeline } from '../../lib/pipeline';

const P = [
  'HARBOURTON (AP) — Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments.',
];

function served(): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Island crossings cut as overtime ban begins - Harbour Herald</title>
    <meta property="og:title" content="Island crossings cut as overtime ban begins"></head>
    <body><h1>Island crossings cut as overtime ban begins</h1>${P.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
  // What the page's own script did: an <iframe> in the <head>, before the title and metas.
  document.head.insertBefore(document.createElement('iframe'), document.head.children[1]!);
  return serializeSnapshot(snapshotPage(document as unknown as Document));
}

describe('the snapshot parsed again in the host', () => {
  it('keeps the head in the head: the title and metas go back, the iframe goes', () => {
    const doc = new JSDOM(served()).window.document; // scripts off, as the host's DOMParser
    expect(doc.body.firstElementChild?.tagName).not.toBe('H1'); // the parse moved the head's tail into the body
    expect(headBack(doc)).toBeGreaterThan(0);
    expect(doc.body.firstElementChild?.tagName).toBe('H1');
    expect(doc.head.querySelector('title')?.textContent).toContain('Harbour Herald');
    expect(doc.querySelector('iframe')).toBeNull();
  });

  it('gives a story that begins with its first paragraph, not the page title, and the article map no head elements', () => {
    const doc = new JSDOM(served()).window.document;
    headBack(doc);
    const { opts, map } = mappingOptions({ url: 'https://harbour.example/islands/crossings-cut/', force: true, inPlace: true });
    const report = runPipeline(doc, opts);
    expect(report.article?.text.trim().startsWith('HARBOURTON')).toBe(true);
    const body = Number(doc.body.getAttribute('data-cp-i'));
    expect(map.kept.every((n) => n > body)).toBe(true);
  });

  it('leaves a copy whose head was whole alone', () => {
    const { document } = parseHTML(`<!DOCTYPE html><html><head><title>Quay</title></head><body><p>${P[0]}</p></body></html>`);
    const doc = new JSDOM(serializeSnapshot(snapshotPage(document as unknown as Document))).window.document;
    expect(headBack(doc)).toBe(0);
    expect(doc.body.firstElementChild?.tagName).toBe('P');
  });
});
