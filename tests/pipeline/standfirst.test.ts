// The standfirst (dek): stated twice by the page, as its description and as an element under the headline, or a deck
// heading right under the headline; given beside the article, shown by the reader and the exports above the body,
// once. `text` holds it only where the page's body held it (the analysis reads it there).
import { describe, it, expect } from 'vitest';
import { runHtml, prose } from './helpers';
import { toMarkdown, toPlainText } from '../../lib/export';

const DEK = 'The council voted to build a new harbour wall after a debate that lasted three days and divided the town.';

function page({ description = DEK, dek = DEK, inBody = false, lang = 'en' } = {}) {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${description}"></head><body><header><h1>Harbour wall approved</h1>` +
    `<p class="x1">${dek}</p></header><main><article><div class="body">${inBody ? `<p>${DEK}</p>` : ''}${prose(6)}</div></article></main></body></html>`;
}

describe('standfirst', () => {
  it('is the element under the headline that says what the page description says, kept out of the body text', () => {
    const r = runHtml(page());
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.text).not.toContain('divided the town');
  });

  it('matches a description the site cut short, in any language', () => {
    const de = 'Der Gemeinderat hat nach drei Tagen Debatte den Bau einer neuen Hafenmauer beschlossen, die Stadt ist gespalten.';
    const r = runHtml(page({ description: de.slice(0, 90) + '…', dek: de, lang: 'de' }));
    expect(r.article!.standfirst).toBe(de);
  });

  it("is found by any of the page's descriptions: og:description adding a photo credit, the meta description a full stop", () => {
    const dek = 'Der Gemeinderat beschließt den Bau einer neuen Hafenmauer am Nordkai bis zum 15. Juni';
    const head = (metas: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafenmauer</title>${metas}</head>` +
      `<body><header><h1>Hafenmauer beschlossen</h1><div class="teaser lead">${dek}</div></header><main><article><div class="body">${prose(6)}</div></article></main></body></html>`;
    const credit = `<meta property="og:description" content="${dek} • Foto: Hafenamt">`;
    expect(runHtml(head(credit)).article!.standfirst).toBeNull();
    expect(runHtml(head(`${credit}<meta name="twitter:description" content="${dek}">`)).article!.standfirst).toBe(dek);
    expect(runHtml(head(`${credit}<meta name="description" content="${dek}.">`)).article!.standfirst).toBe(dek);
  });

  it('is none when the body already starts with it, when no element says it, or when the description is a label', () => {
    expect(runHtml(page({ inBody: true })).article!.standfirst).toBeNull();
    expect(runHtml(page({ dek: 'Photo: Harbour Authority' })).article!.standfirst).toBeNull();
    expect(runHtml(page({ description: 'Local news', dek: 'Local news' })).article!.standfirst).toBeNull();
  });

  it("is the first whole sentence of summary under the headline when the description says something else", () => {
    const other = 'Read the latest news from the harbour, the ferries and the town council, every day.';
    expect(runHtml(page({ description: other })).article!.standfirst).toBe(DEK);
  });

  it('is not a dateline, a byline, a headline variant or a line without a sentence end, when the description does not say it', () => {
    const other = 'Read the latest news from the harbour, the ferries and the town council, every day.';
    for (const dek of ['Published 5 January 2026, 10:42, updated 6 January 2026, 08:15, by the newsroom staff', 'Harbour wall approved after three days of debate: what it means for the ferries and the town',
      'By Mara Lind and Tomas Berg, harbour and transport reporters of the Northgate Courier newsroom'])
      expect(runHtml(page({ description: other, dek })).article!.standfirst).toBeNull();
  });

  it('opens the Markdown and the text export under the headline', () => {
    const r = runHtml(page());
    const md = toMarkdown(r);
    expect(md.indexOf(`*${DEK}*`)).toBeGreaterThan(md.indexOf('# Harbour wall approved'));
    expect(md.indexOf(`*${DEK}*`)).toBeLessThan(md.indexOf('Paragraph 1'));
    expect(toPlainText(r)).toContain(`${DEK}\n\nParagraph 1`);
  });

  const LEAD = 'Work on the new harbour wall starts in May, the council said on Monday after its last vote on the plans.';
  const deckPage = (deck: string, { nav = '', h1 = '<h1>Harbour wall approved</h1>' } = {}) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${LEAD}"></head><body>${nav}<header>${h1}<h2>${deck}</h2><time datetime="2026-01-05">5 January 2026</time></header>` +
    `<main><article><div class="body"><p>${LEAD}</p>${prose(6)}</div></article></main></body></html>`;

  it('is a deck: a heading of a sentence right under the headline, with no period, before the lead the description repeats', () => {
    const deck = "Residents push the council on the wall's cost and the ferries' new timetable";
    const r = runHtml(deckPage(deck));
    expect(r.article!.standfirst).toBe(deck);
    expect(r.article!.text.startsWith(LEAD)).toBe(true);
  });

  it('is no deck when the heading is the headline of a box of its own (the <h1> being the section) or a short label', () => {
    const headline = 'Harbour wall approved by the council after a long debate';
    const own = deckPage(headline, { nav: '<div><ul><li><h1>Local news</h1></li></ul></div>', h1: '' });
    expect(runHtml(own).article!.standfirst).toBeNull();
    expect(runHtml(deckPage('Harbour and ferries')).article!.standfirst).toBeNull();
  });

  // A header box holding the headline, a dek printed without a sentence end and the byline; the description repeats
  // a paragraph of the story further down.
  const subPage = (description: string, sub: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta name="description" content="${description}"></head><body><main><article><header><div class="hd"><h1>Harbour wall approved</h1>` +
    `<p class="sub">${sub}</p><div class="meta"><span>By Mara Lind</span></div></div></header>` +
    `<div class="body">${prose(2)}<p>${LEAD}</p>${prose(4)}</div></article></main></body></html>`;
  const SUB = "Residents weigh the wall's cost against the ferries' new timetable and the town's debts";

  it("is the line under the headline in the headline's box, not the story's paragraph the description repeats", () => {
    const r = runHtml(subPage(LEAD, SUB));
    expect(r.article!.standfirst).toBe(SUB);
    expect(r.article!.html).toContain('last vote on the plans'); // the story's paragraph stays in the story
    expect(r.article!.html).not.toContain('the town&#39;s debts');
    expect(r.article!.html).not.toContain("the town's debts");
    expect(toPlainText(r).split(SUB).length).toBe(2);
  });

  it('leaves that line alone when the description repeats nothing of the page (it may be a headline variant)', () => {
    expect(runHtml(subPage('Read the latest news from the harbour, the ferries and the town council, every day.', SUB)).article!.standfirst).toBeNull();
  });

  // The header and the story in one box: Readability keeps both, the standfirst as the body's first paragraph.
  const oneBox = (dek: string, date: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${dek}"></head><body><main><article><h1>Harbour wall approved</h1>` +
    `${date === 'before' ? '<p><time datetime="2026-01-05">5 January 2026</time></p>' : ''}<p>${dek}</p>${date === 'after' ? '<p>By Mara Lind <time datetime="2026-01-05">5 January 2026</time></p>' : ''}` +
    `${prose(6)}</article></main></body></html>`;

  it("is the header's when the body holds it above the story's date: out of the HTML, once in every export, still first in text", () => {
    const r = runHtml(oneBox(DEK, 'after'));
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.html).not.toContain('divided the town');
    expect(r.article!.text.startsWith(DEK)).toBe(true);
    const md = toMarkdown(r);
    expect(md.slice(md.indexOf('# Harbour')).split(DEK).length).toBe(2); // and the front matter's description
    expect(toPlainText(r).split(DEK).length).toBe(2);
  });

  it('is none when the paragraph the description repeats comes after the date: the lead, which stays in the body', () => {
    const r = runHtml(oneBox(DEK, 'before'));
    expect(r.article!.standfirst).toBeNull();
    expect(r.article!.html).toContain('divided the town');
  });

  it('is the heading the description repeats at the body\'s start, after the date: a dek, never a "##" section heading', () => {
    const page = `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
      `<meta property="og:description" content="${DEK}"></head><body><main><article><h1>Harbour wall approved</h1>` +
      `<p><time datetime="2026-01-05">5 January 2026</time></p><div><h2>${DEK}</h2></div>${prose(6)}</article></main></body></html>`;
    const r = runHtml(page);
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.html).not.toContain('divided the town');
    const md = toMarkdown(r);
    expect(md).not.toMatch(/^#+ The council voted/m);
    expect(md.slice(md.indexOf('# Harbour')).split(DEK).length).toBe(2);
  });

  // The header box as the page marks it up, a <header> holding the <h1>, the summary and a date written as text (no
  // <time> to find), inside the story's box, which the extracted body keeps.
  const headerBox = (inHeader: boolean) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${DEK}"></head><body><main><article><header><h1>Harbour wall approved</h1>` +
    `${inHeader ? `<p>${DEK}</p>` : ''}<p>Publié le 5 janvier 2026</p></header>${inHeader ? '' : `<p>${DEK}</p>`}${prose(6)}</article></main></body></html>`;

  it("is the header's when the body holds the <header> with the <h1>, even with the date written as text", () => {
    const r = runHtml(headerBox(true));
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.html).not.toContain('divided the town');
    expect(r.article!.text.startsWith(DEK)).toBe(true);
  });

  it("is none when the paragraph the description repeats stands out of the header, among the story's", () => {
    const r = runHtml(headerBox(false));
    expect(r.article!.standfirst).toBeNull();
    expect(r.article!.html).toContain('divided the town');
  });

  // The standfirst set as the body's first paragraph, all bold, after the date (Tagesschau, The Namibian).
  const boldLead = (lead: string, description: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hafenmauer beschlossen</title>` +
    `<meta name="description" content="${description}"></head><body><main><article><h1>Hafenmauer beschlossen</h1>` +
    `<p><time datetime="2026-01-05">5. Januar 2026</time></p><p>${lead}</p>${prose(6)}</article></main></body></html>`;
  const DE = 'Nach drei Tagen Debatte hat der Gemeinderat den Bau einer neuen Hafenmauer beschlossen. Was bleibt vom Streit?';

  it('is the bold first paragraph the description repeats, even with the byline the site adds to the description', () => {
    const r = runHtml(boldLead(`<strong>${DE}</strong>`, `${DE} Von Mara Lind.`));
    expect(r.article!.standfirst).toBe(DE);
    expect(r.article!.html).not.toContain('Was bleibt');
    expect(r.article!.text.startsWith(DE)).toBe(true);
    const md = toMarkdown(r);
    expect(md.slice(md.indexOf('# Hafenmauer')).split('Was bleibt').length).toBe(2);
  });

  it('is no standfirst when the first paragraph is only partly bold, or the description says more than a short addition', () => {
    const part = runHtml(boldLead(`<strong>Nach drei Tagen Debatte</strong> hat der Gemeinderat den Bau einer neuen Hafenmauer beschlossen. Was bleibt vom Streit?`, DE));
    expect(part.article!.standfirst).toBeNull();
    expect(part.article!.html).toContain('Was bleibt');
    const more = runHtml(boldLead(`<strong>${DE}</strong>`, `${DE} Die Opposition will nun vor Gericht ziehen, die Bürger sammeln Unterschriften dagegen.`));
    expect(more.article!.standfirst).toBeNull();
  });
});

describe('a story headed by an <h2> in its own header (the page has no <h1>)', () => {
  const style = (k: number) => `<style>.c${k}{display:inline-block;margin:0 0 4px 0;font-family:'Serif Display',serif}</style>`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="Another summary, written for search engines, of the council's vote."></head><body>` +
    `<header class="site"><a href="/">News</a></header><main><article><header><h2>${style(1)}<span>Harbour</span>: <span>A wall for the next century</span></h2>` +
    `<div>${style(2)}5 January 2026, 10:42</div>` +
    `<figure>${style(3)}<img src="https://news.example/img/wall.jpg" srcset="https://news.example/img/wall.jpg 1200w" alt=""><figcaption>The old wall at low tide.</figcaption></figure>` +
    `<div><p>${DEK}</p></div></header><div class="body">${prose(6)}</div></article></main></body></html>`;

  it('keeps its lead photo and its standfirst (an inline style is no text of a box)', () => {
    const r = runHtml(html);
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.html).toContain('https://news.example/img/wall.jpg');
    expect(r.article!.html).toContain('The old wall at low tide.');
    expect(r.article!.html).not.toContain('inline-block');
  });
});

describe('a second deck under the standfirst', () => {
  const DECK2 = 'The vote came days after the storm broke the old wall in two places';
  const deckPage = (ld: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${DEK}">${ld}</head><body><main><article><header><h1>Harbour wall approved</h1>` +
    `<div class="summary">${DEK}</div><h2 class="deck">${DECK2}</h2></header><div class="body">${prose(6)}</div></article></main></body></html>`;
  const ld = (alt: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall approved","alternativeHeadline":"${alt}"}</script>`;

  it("that the page's data states as the story's other headline joins the standfirst, not the body as a section heading", () => {
    const r = runHtml(deckPage(ld(DECK2)));
    expect(r.article!.standfirst).toBe(`${DEK} ${DECK2}`);
    expect(r.article!.html).not.toContain(DECK2);
    expect(toMarkdown(r)).not.toMatch(/^#+ The vote came/m);
  });

  it('stays where it is when the data does not state it', () => {
    const r = runHtml(deckPage(ld('Another headline for the same story')));
    expect(r.article!.standfirst).toBe(DEK);
  });
});

// A standfirst set as bullets, each a heading of the same kind: only the first was kept, the others lost with the
// header (review 23: La Vanguardia's "Hay 23 personas no localizadas…").
describe('a standfirst in bullets', () => {
  const B1 = 'The council raises the cost of the harbour wall to four million, while the mayor praises the engineers';
  const B2 = 'Twenty-three boats are still unaccounted for and eight fishermen are hurt, four of them seriously';
  const bullets = (third: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
    `<meta property="og:description" content="${B1}"></head><body><main><article><header><h1>Harbour wall approved</h1>` +
    `<div class="subtitles"><h2 class="subtitle dot">${B1}</h2><h2 class="subtitle dot">${B2}</h2>${third}</div></header>` +
    `<div class="body">${prose(6)}</div></article></main></body></html>`;

  it('keeps every bullet of text, and leaves out the one that only links elsewhere', () => {
    const r = runHtml(bullets('<h2 class="subtitle dot"><a href="https://news.example/live">Latest on the harbour, live</a></h2>'));
    expect(r.article!.standfirst).toBe(`${B1}. ${B2}`);
    expect(r.article!.standfirst).not.toContain('Latest on the harbour');
    // A heading of another kind after the standfirst is no bullet of it.
    const other = runHtml(bullets(`<h3 class="section">${B2} again</h3>`).replace(`<h2 class="subtitle dot">${B2}</h2>`, ''));
    expect(other.article!.standfirst).toBe(B1);
  });
});

describe('a standfirst under the lead picture', () => {
  it('is the described summary set apart between the lead picture and the story, not a caption in small print', () => {
    const img = '<figure><img src="https://paper.example/harbour.jpg" width="1200" height="675"></figure>';
    const lead = (apart: boolean) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved</title>` +
      `<meta property="og:description" content="${DEK}"></head><body><main><article><h1>Harbour wall approved</h1><div class="story">${img}` +
      (apart ? `<p class="summary">${DEK}</p><div class="content">${prose(6)}</div>` : `<p>${DEK}</p>${prose(6)}`) + '</div></article></main></body></html>';
    const r = runHtml(lead(true));
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.html).not.toContain('divided the town');
    expect(r.article!.html).not.toContain('<small>');
    // Once in the text export: the summary the clean stage read as the picture's caption opens the captioned text.
    expect(toPlainText(r).split(DEK).length).toBe(2);
    // The same sentence as the first of the story's paragraphs is the lead paragraph: it stays in the body.
    const inline = runHtml(lead(false));
    expect(inline.article!.standfirst).toBeNull();
    expect(inline.article!.text.startsWith(DEK)).toBe(true);
  });
});

describe('a summary in a box of its own, after the lead picture', () => {
  const OTHER = 'Read the latest news from the harbour, the ferries and the town council, every day.';
  const CAPTION = 'The old harbour wall at low tide, seen from the ferry pier on Monday morning. Photo: Harbour Authority.';
  const picture = (caption: string) => `<div class="lead-image"><img src="https://paper.example/harbour.jpg" width="1200" height="675"><div class="cap">${caption}</div></div>`;
  const page = (summary: string, story: string, title = 'Harbour wall approved') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="og:description" content="${OTHER}"></head><body><main><article><header><h1>Harbour wall approved</h1>${picture(CAPTION)}</header>` +
    `<div class="body"><div class="byline">By Mara Lind</div><time datetime="2026-01-05">5 January 2026</time>${summary}${story}</div></article></main></body></html>`;

  it('is the standfirst where the story goes on in paragraphs, and the picture’s caption before it is not', () => {
    const r = runHtml(page(`<div class="intro">${DEK}</div>`, prose(6)));
    expect(r.article!.standfirst).toBe(DEK);
    expect(r.article!.text).toContain('Paragraph 6 about the harbour wall');
    // A heading that says the page's title again (the headline as shown, over the summary) is not the summary either.
    const title = 'Why the harbour wall was approved after three days of debate';
    const again = runHtml(page(`<h2>Opinion: ${title}</h2><div class="intro">${DEK}</div>`, prose(6), title));
    expect(again.article!.standfirst).toBe(DEK);
  });

  it('is the first paragraph where the page writes every paragraph in boxes alike', () => {
    const divs = prose(6).replace(/<p>/g, '<div>').replace(/<\/p>/g, '</div>');
    const r = runHtml(page(`<div>${DEK}</div>`, divs));
    expect(r.article!.standfirst).toBeNull();
    expect(r.article!.text).toContain(DEK);
    expect(r.article!.standfirst ?? '').not.toContain('Photo: Harbour Authority');
  });
});
