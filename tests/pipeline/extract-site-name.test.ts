import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

// Readability takes the site's name from JSON-LD's publisher before og:site_name; a publisher block filled in with a
// fragment of the name ("magazin") must not replace the name the page declares in full.
const ld = (name: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new harbour wall after long debate","publisher":{"@type":"NewsMediaOrganization","name":"${name}"}}</script>`;
const site = (publisher: string, og: string) => runHtml(page(prose(4), { extraHead: `<meta property="og:site_name" content="${og}">${ld(publisher)}` })).article?.siteName;

describe('the site name', () => {
  it('is the fuller of the publisher name and og:site_name when one holds the other', () => {
    expect(site('magazin', 'Mallorca Magazin')).toBe('Mallorca Magazin');
    expect(site('BBC News', 'BBC')).toBe('BBC News');
  });
  it('stays the publisher name when the two differ, or og:site_name is an address or carries a tagline', () => {
    expect(site('Grupo Serra', 'Mallorca Magazin')).toBe('Grupo Serra');
    expect(site('BILD', 'BILD.de')).toBe('BILD');
    expect(site('Aktuálně.cz', 'Aktuálně.cz - Víte, co se právě děje')).toBe('Aktuálně.cz');
    expect(site('Mag', 'Mallorca Magazin')).toBe('Mag');
  });

  it('is og:site_name when it names the address and the publisher, a company, does not', () => {
    const at = (publisher: string, og: string, url: string) =>
      runHtml(page(prose(4), { extraHead: `<meta property="og:site_name" content="${og}">${ld(publisher)}` }), { url }).article?.siteName;
    expect(at('Harbour Media AG', 'Harbour-Gazette', 'https://www.harbourgazette.example/story-1')).toBe('Harbour-Gazette');
    // og:site_name does not name the address: the publisher's name stays.
    expect(at('Harbour Gazette', 'Coastal Voices', 'https://harbourgazette.example/story-1')).toBe('Harbour Gazette');
  });

  it('follows a publisher given by reference (@id) to its organisation elsewhere in the graph', () => {
    const graph = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
      + '{"@type":"NewsArticle","headline":"Council approves new harbour wall","publisher":{"@id":"https://paper.example/#org"}},'
      + '{"@type":"NewsMediaOrganization","@id":"https://paper.example/#org","name":"Harbour Gazette"}]}</script>';
    expect(runHtml(page(prose(4), { extraHead: graph })).article?.siteName).toBe('Harbour Gazette');
    const dangling = graph.replace('"name":"Harbour Gazette"', '"url":"https://paper.example/"');
    expect(runHtml(page(prose(4), { extraHead: dangling })).article?.siteName ?? null).toBeNull();
  });
  it('is the part naming the site when the declared name is a menu of its sections, else the first part', () => {
    const menu = (og: string, url: string) => runHtml(page(prose(4), { extraHead: `<meta property="og:site_name" content="${og}">` }), { url }).article?.siteName;
    expect(menu('F1 | Harbourracing | Indy | Rally', 'https://www.harbourracing.example/standings/')).toBe('Harbourracing');
    expect(menu('Harbour Gazette | Sport | Culture', 'https://news.example/a/')).toBe('Harbour Gazette');
    // A name with one separator of its own stays whole.
    expect(menu('Harbour Gazette - Coast News', 'https://news.example/a/')).toBe('Harbour Gazette - Coast News');
  });
});
