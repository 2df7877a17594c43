// A live page with scripts on holds each <noscript>'s markup as one text node. The snapshot's copy has no browsing
// context, so a browser serialises that text escaped, and the host read it as text: "<link href=…>" on top of the
// story in the reader (Chromium, a <noscript> font link in the <head>). linkedom serialises as such a copy does.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { serializeSnapshot, snapshotPage } from '../../lib/page/snapshot';

function livePage() {
  const { document } = parseHTML('<!DOCTYPE html><html><head><title>Quay</title></head><body><article><p id="p1">The ferry left the quay at dawn with forty passengers aboard.</p><p id="p2">It reached the island two hours later.</p></article></body></html>');
  const noscript = (markup: string) => { const n = document.createElement('noscript'); n.appendChild(document.createTextNode(markup)); return n; };
  document.head.appendChild(noscript('<link href="https://fonts.example/css?family=Serif" rel="stylesheet">'));
  const lazy = noscript('<img src="https://news.example/quay.jpg" alt="The quay at dawn">');
  document.getElementById('p1')!.after(lazy);
  return { document, lazy };
}

describe('a <noscript> in the snapshot', () => {
  it('is markup, as a page without scripts shows it, never its markup as text', () => {
    const { document } = livePage();
    const html = serializeSnapshot(snapshotPage(document as unknown as Document));
    expect(html).not.toMatch(/&lt;(link|img)/);
    expect(html).toMatch(/<noscript[^>]*><img src="https:\/\/news.example\/quay.jpg" alt="The quay at dawn"><\/noscript>/);
  });

  it('drops a <noscript> of the <head>, whose pixel the host would move into the story', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><head><title>Quay</title></head><body><a class="skip" href="#main">Skip to Content</a><main id="main"><article><p>The ferry left the quay at dawn with forty passengers aboard.</p></article></main></body></html>');
    const ns = document.createElement('noscript');
    ns.appendChild(document.createTextNode('<img src="https://tracker.example/p.gif" style="display:none">'));
    document.head.appendChild(ns);
    const html = serializeSnapshot(snapshotPage(document as unknown as Document));
    // The host parses the copy as a browser's DOMParser does: scripts off (jsdom's default).
    const body = new JSDOM(html).window.document.body;
    expect(body.querySelector('img')).toBeNull();
    expect(body.firstElementChild?.tagName).toBe('A');
    expect(html).not.toContain('tracker.example');
  });

  it('leaves the live page alone', () => {
    const { document, lazy } = livePage();
    snapshotPage(document as unknown as Document);
    expect(lazy.firstElementChild).toBeNull();
    expect(lazy.textContent).toContain('<img');
  });
});
