// What extraction says about the article beside its body: the byline a reader sees (popup, reader view, CLI JSON,
// exports) is the names without the word introducing them; a page without a declared language gets its text's.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const withAuthor = (author: string, lang = 'en') =>
  page(prose(5), { extraHead: `<meta name="author" content="${author}">` }).replace('lang="en"', `lang="${lang}"`);

describe('byline at extraction', () => {
  it('takes "By" off an English byline and keeps every name', () => {
    expect(runHtml(withAuthor('By Lia Eustachewich and Yaron Steinbuch')).article!.byline).toBe('Lia Eustachewich and Yaron Steinbuch');
    // The kind of piece before "by" is no part of the name.
    expect(runHtml(withAuthor('Analysis by Chris Cillizza')).article!.byline).toBe('Chris Cillizza');
    expect(runHtml(withAuthor('Ein Kommentar von Anna Schmidt', 'de')).article!.byline).toBe('Anna Schmidt');
  });

  it("takes the page's own language's word off, and keeps a name that starts like one", () => {
    expect(runHtml(withAuthor('Von Anna Schmidt', 'de')).article!.byline).toBe('Anna Schmidt');
    expect(runHtml(withAuthor('Di Maio', 'it')).article!.byline).toBe('Di Maio');
  });

  it('leaves a byline without such a word as it is', () => {
    expect(runHtml(withAuthor('Debbie White')).article!.byline).toBe('Debbie White');
  });

  it('reads an author tag Readability does not read, but not a profile address or a user handle', () => {
    const tag = (name: string, value: string) => page(prose(5), { extraHead: `<meta name="${name}" content="${value}">` });
    expect(runHtml(tag('article:author', 'David Moreau')).article!.byline).toBe('David Moreau');
    expect(runHtml(tag('article:author', 'https://www.facebook.example/david.moreau')).article!.byline).toBeNull();
    expect(runHtml(tag('article:author', 'dmoreau')).article!.byline).toBeNull();
  });
});

describe('language', () => {
  it("gives a page that declares no language the one its text was analysed as", async () => {
    const { analyzeArticle } = await import('../../lib/analysis');
    const html = page(prose(5)).replace(' lang="en"', '');
    expect(runHtml(html).article!.lang).toBeNull();
    expect(runHtml(html, { analyze: (i) => analyzeArticle(i) }).article!.lang).toBe('en');
    // a declared language is kept as the page wrote it
    expect(runHtml(page(prose(5)).replace('lang="en"', 'lang="en-GB"'), { analyze: (i) => analyzeArticle(i) }).article!.lang).toBe('en-GB');
  });
});

describe("the page's address", () => {
  it('makes a canonical link written relative to the site whole against og:url, and the article links with it', () => {
    const head = '<link rel="canonical" href="/news/harbour-wall-123.html"><meta property="og:url" content="https://www.gazette.example/news/harbour-wall-123.html">';
    const r = runHtml(page(prose(5) + '<p>Read the <a href="/council/minutes.html">minutes of the meeting</a> published by the town council this week, in full.</p>', { extraHead: head }));
    expect(r.url).toBe('https://www.gazette.example/news/harbour-wall-123.html');
    expect(r.article!.html).toContain('href="https://www.gazette.example/council/minutes.html"');
  });

  it('keeps a relative canonical link as written when nothing tells the site', () => {
    expect(runHtml(page(prose(5), { extraHead: '<link rel="canonical" href="/news/a.html">' })).url).toBe('/news/a.html');
  });
});

describe('captions', () => {
  it("keeps a photo's caption whose class reads like page layout ('image-footer'), which Readability would drop", () => {
    const fig = '<figure><img src="https://img.example/wall.jpg" alt=""><figcaption class="image-footer"><span class="title">The new harbour wall at low tide. Photo: Kelby Gazette</span></figcaption></figure>';
    const body = prose(3) + fig + prose(3).replace(/Paragraph (\d)/g, 'Section $1');
    expect(runHtml(page(body)).article!.html).toContain('The new harbour wall at low tide.');
  });
});

describe('metadata written with its character references', () => {
  it('reads as the words they stand for, and no markup comes of them', () => {
    const html = page(prose(5), { extraHead: '<meta property="og:title" content="Samsung soll Smartphones zerst&amp;ouml;ren &amp;lt;b&amp;gt;">' })
      .replace(/<title>[^<]*<\/title>/, '<title>Samsung soll Smartphones zerst&amp;ouml;ren &amp;lt;b&amp;gt;</title>');
    const title = runHtml(html).article!.title;
    expect(title).toContain('zerstören');
    expect(title).toContain('<b>'); // the reference to a tag stays text
    expect(title).not.toContain('&ouml;');
  });
});

describe('the date a page gives only in its JSON-LD', () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const bare = (head: string) => page(prose(5), { extraHead: head }).replace(/<meta property="article:published_time"[^>]*>/, '');

  it('is the story\'s, from a list or a graph, before any other object\'s', () => {
    const list = [{ '@type': 'WebPage', datePublished: '2019-01-01T00:00:00Z' }, { '@type': 'NewsArticle', headline: 'Harbour wall', datePublished: '2024-08-28T10:00:23+0000' }];
    expect(runHtml(bare(ld(list))).article!.publishedTime).toBe('2024-08-28T10:00:23+0000');
    expect(runHtml(bare(ld({ '@context': 'https://schema.org', '@graph': list }))).article!.publishedTime).toBe('2024-08-28T10:00:23+0000');
  });

  it('is any object\'s when no story is typed, and none when the data is broken', () => {
    expect(runHtml(bare(ld([{ '@type': 'WebPage', datePublished: '2023-05-06' }]))).article!.publishedTime).toBe('2023-05-06');
    expect(runHtml(bare('<script type="application/ld+json">{"datePublished": </script>')).article!.publishedTime).toBeNull();
  });
});

describe('the byline from the JSON-LD when the page names no one', () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const story = (author: unknown, extra: unknown[] = []) => ld({ '@graph': [{ '@type': 'NewsArticle', headline: 'Harbour wall', author }, ...extra] });

  it('gives the people it names: by name, by given and family names, by a reference into the graph', () => {
    expect(runHtml(page(prose(5), { extraHead: story([{ '@type': 'Person', name: 'Joseph Brean' }]) })).article!.byline).toBe('Joseph Brean');
    expect(runHtml(page(prose(5), { extraHead: story([{ '@type': 'Person', givenName: 'Anna Giulia', familyName: 'Fink' }, { '@type': 'Person', givenName: 'Birgit', familyName: 'Baumann' }]) })).article!.byline).toBe('Anna Giulia Fink, Birgit Baumann');
    expect(runHtml(page(prose(5), { extraHead: story({ '@id': '#p1' }, [{ '@type': 'Person', '@id': '#p1', name: 'Mohloai Mpesi' }]) })).article!.byline).toBe('Mohloai Mpesi');
  });

  it('gives no organisation and no user handle', () => {
    expect(runHtml(page(prose(5), { extraHead: story({ '@type': 'Organization', name: 'Harbour News' }) })).article!.byline).toBeNull();
    expect(runHtml(page(prose(5), { extraHead: story({ '@type': 'Person', name: 'admin' }) })).article!.byline).toBeNull();
  });

  it('stands in for a byline that is the site itself, not for a person the page names', () => {
    const head = (author: string) => `<meta property="og:site_name" content="Harbour News"><meta name="author" content="${author}">` + story({ '@type': 'Person', name: 'Jane Roe' });
    expect(runHtml(page(prose(5), { extraHead: head('Harbour News') })).article!.byline).toBe('Jane Roe');
    expect(runHtml(page(prose(5), { extraHead: head('Tom Hale') })).article!.byline).toBe('Tom Hale');
  });
});

describe('the byline when sources disagree', () => {
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const byline = (head: string) => runHtml(page(prose(5), { extraHead: head })).article!.byline;
  const site = '<meta property="og:site_name" content="Harbour News">';

  it('takes the JSON-LD people when they hold the same name written otherwise, or more authors', () => {
    const people = (...names: string[]) => ld({ '@type': 'NewsArticle', author: names.map((name) => ({ '@type': 'Person', name })) });
    expect(byline('<meta name="author" content="Roe, Jane">' + people('Jane Roe'))).toBe('Jane Roe');
    expect(byline('<meta name="author" content="Roe, Jane">' + people('Tom Hale', 'Jane Roe'))).toBe('Tom Hale, Jane Roe');
    // A byline the JSON-LD does not hold is the page's own word.
    expect(byline('<meta name="author" content="Tom Hale">' + people('Jane Roe'))).toBe('Tom Hale');
  });

  it('takes a person the JSON-LD names over a one-word byline (a photo credit, an agency), and reads its creators', () => {
    const person = ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Miguel Herrera' }] });
    expect(byline('<meta name="author" content="AFP">' + person)).toBe('Miguel Herrera');
    const creator = ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Harbour News' }, creator: ['渡辺洋介'] });
    expect(byline(creator)).toBe('渡辺洋介');
  });

  it('sets the agency the page runs on after the JSON-LD\'s people apart with a comma, and leaves a longer name whole', () => {
    const people = ld({ '@type': 'NewsArticle', author: 'Samya Kullab and Vasilisa Stepanenko' });
    expect(byline('<meta name="author" content="Samya Kullab and Vasilisa Stepanenko The Associated Press">' + people))
      .toBe('Samya Kullab and Vasilisa Stepanenko, The Associated Press');
    const jane = ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Doe' } });
    expect(byline('<meta name="author" content="Jane Doe Smith">' + jane)).toBe('Jane Doe Smith');
  });

  it("finds the story in a page's main entity", () => {
    expect(byline(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Roe' }] } }))).toBe('Jane Roe');
  });

  it('reads a link-preview value shaped like a name, in any language, when the byline is an address', () => {
    const preview = (label: string, value: string) => `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="${value}">`;
    expect(byline('<meta name="author" content="j.roe@harbour.example">' + preview('Verfasst von', 'Jane Roe'))).toBe('Jane Roe');
    expect(byline(preview('Est. reading time', '3 minutes'))).toBeNull();
    expect(byline(preview('Filed under', 'Politics'))).toBeNull();
  });

  it('prefers a person in another source to the site, and keeps the site when no one is named', () => {
    expect(byline(site + '<meta name="author" content="Harbour News">' + ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Roe' } }))).toBe('Jane Roe');
    expect(byline(site + '<meta name="author" content="Harbour News">')).toBe('Harbour News');
    // A web address beside a name is left out; an address alone names no one; the site joined by an agency does.
    expect(byline(site + '<meta name="author" content="Harbour News (www.harbournews.example)">')).toBe('Harbour News');
    expect(byline(site + '<meta name="author" content="j.roe@harbournews.example">')).toBeNull();
    expect(byline(site + '<meta name="author" content="Harbour News and Reuters">')).toBe('Harbour News and Reuters');
  });

  it("takes the reporter the page links to over an organisation the JSON-LD gives as the author", () => {
    const org = ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Sky' } });
    const link = (href: string, text: string) => `<p><a href="${href}">${text}</a></p>`;
    const withLink = (l: string) => runHtml(page(l + prose(5), { extraHead: org })).article!.byline;
    expect(withLink(link('/author/tom-gillespie-7', 'Tom Gillespie'))).toBe('Tom Gillespie');
    // A link whose text is not a name is no byline: the organisation stays, as the last resort.
    expect(withLink(link('/author/tom-gillespie-7', 'More from this author'))).toBe('Sky');
  });

  it('reads the byline the page prints under its headline when the metadata names only the site', () => {
    const org = ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Hafenblatt.de' } });
    const html = page('<ul><li class="authors__list-item"><span>von</span> <span>Jana Roth</span></li></ul>' + prose(5), { extraHead: org + '<meta property="og:site_name" content="Hafenblatt.de">' })
      .replace('lang="en"', 'lang="de"');
    expect(runHtml(html).article!.byline).toBe('Jana Roth');
    // A place or a desk after the name, as the page prints it.
    const withPlace = html.replace('<ul><li class="authors__list-item"><span>von</span> <span>Jana Roth</span></li></ul>', '<p><span class="article__author">Von Jana Roth, Lille</span></p>');
    expect(runHtml(withPlace).article!.byline).toBe('Jana Roth, Lille');
  });

  it('reads every author and the date of a printed byline line when the page has no metadata for them', () => {
    const nav = '<nav><a href="/team/staff/">Our Staff</a></nav>';
    const line = '<p class="article__meta">By <a href="/team/staff/jane-roe/">Jane Roe</a>, <a href="/team/staff/john-doe/">John Doe</a> '
      + '<a href="/team/staff/jane-roe/">View More Articles</a> on Monday, November 18th, 2019 at 11:04 a.m.</p>';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Tariffs explained</title></head><body>${nav}<main><article><h1>Tariffs explained</h1>${line}<div>${prose(5)}</div></article></main></body></html>`;
    const a = runHtml(html).article!;
    expect(a.byline).toBe('Jane Roe, John Doe');
    expect(a.publishedTime).toBe('2019-11-18');
  });

  it("reads a story's bold first line of names when the page's marked byline names only the site", () => {
    const head = '<meta property="og:site_name" content="Harbour News">';
    const body = '<div class="author">Harbour News</div><p><strong>Jane Roe/John Doe</strong></p>' + prose(5);
    const html = `<!DOCTYPE html><html lang="en"><head><title>Tariffs explained</title>${head}</head><body><main><article><h1>Tariffs explained</h1>${body}</article></main></body></html>`;
    expect(runHtml(html).article!.byline).toBe('Jane Roe/John Doe');
    // A bold line that is no name is no byline.
    expect(runHtml(html.replace('Jane Roe/John Doe', 'Read this first, please')).article!.byline).toBe('Harbour News');
  });

  it('reads the name a label sets apart as the author, when the byline names only the site by its initials', () => {
    const head = '<meta name="author" content="Harbour Daily (www.hd.com)"><meta property="og:site_name" content="HD.COM">'
      + '<link rel="canonical" href="https://www.hd.com/en/tariffs/a-1">';
    const box = (inner: string) => `<!DOCTYPE html><html lang="de"><head><title>Tariffs explained</title>${head}</head><body><main><article><h1>Tariffs explained</h1>${prose(5)}</article><aside>${inner}</aside></main></body></html>`;
    expect(runHtml(box('<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Jana Roth</li></ul>')).article!.byline).toBe('Jana Roth');
    expect(runHtml(box('<dl><dt>Author:</dt><dd>Jana Roth</dd></dl>')).article!.byline).toBe('Jana Roth');
    // A label over no name (an author's bio) gives none: the site stays, as the last resort.
    expect(runHtml(box('<p><strong>Über den Autor</strong> Sie schreibt seit zehn Jahren über Häfen und Schiffe.</p>')).article!.byline).toBe('Harbour Daily');
  });

  it("takes the date another item of the author's label list gives, whatever its label says, when nothing else dates the page", () => {
    const box = (inner: string) => `<!DOCTYPE html><html lang="de"><head><title>Zölle erklärt</title></head><body><main><article><h1>Zölle erklärt</h1>${prose(5)}</article><aside>${inner}</aside></main></body></html>`;
    expect(runHtml(box('<ul><li><strong>Stand</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Jana Roth</li></ul>')).article!.publishedTime).toBe('2023-04-28');
    expect(runHtml(box('<dl><dt>Author</dt><dd>Jana Roth</dd><dt>Am</dt><dd>3. Mai 2024</dd></dl>')).article!.publishedTime).toBe('2024-05-03');
    // A value that is a sentence with a date in it is no date line; a date in another list is not the author's.
    expect(runHtml(box('<ul><li><strong>Autor</strong> Jana Roth</li><li><strong>Zuletzt</strong> Sie schrieb am 28.04.2023 über die Häfen und Schiffe.</li></ul>')).article!.publishedTime).toBeNull();
    expect(runHtml(box('<ul><li><strong>Autor</strong> Jana Roth</li></ul><ul><li><strong>Datum</strong> 28.04.2023</li></ul>')).article!.publishedTime).toBeNull();
  });

  it('reads a line under the headline that opens on the byline word, when nothing else names anyone', () => {
    const html = (line: string) => `<!DOCTYPE html><html lang="de"><head><title>Zölle erklärt</title><meta property="og:site_name" content="Prüfstelle"></head><body><main><article><h1>Zölle erklärt</h1><ul><li>3 Minuten Lesezeit</li><li>${line}</li></ul><div>${prose(5)}</div></article></main></body></html>`;
    expect(runHtml(html('Von: <a href="/jana-roth">Jana ROTH</a>, <a href="/tom-berg">Tom Berg</a>')).article!.byline).toBe('Jana ROTH, Tom Berg');
    // The same names without the word are no byline: nothing says the line is one.
    expect(runHtml(html('<a href="/jana-roth">Jana ROTH</a>, <a href="/tom-berg">Tom Berg</a>')).article!.byline ?? '').not.toContain('Jana');
  });

  it("takes the author link's name where the marked byline runs on into a profile link's label and the date", () => {
    const line = '<div class="byline"><h2 class="author_name">By <a class="author" href="/authors/jane-roe/">Jane Roe</a><a class="author-twitter" href="https://twitter.example/janeroe"><span>Twitter</span></a></h2><h4 class="time">Today 5:00 am</h4></div>';
    const html = `<!DOCTYPE html><html lang="en"><head><title>Tariffs explained</title></head><body><main><article><h1>Tariffs explained</h1>${line}<div>${prose(5)}</div></article></main></body></html>`;
    expect(runHtml(html).article!.byline).toBe('Jane Roe');
  });

  it("names no author with a section's label or a user handle", () => {
    const html = (author: string, body = '') => `<!DOCTYPE html><html lang="de"><head><title>Zölle erklärt</title><meta name="author" content="${author}"></head><body><main><article><h1>Zölle erklärt</h1><p>in <a href="/category/nachrichten/" rel="category tag">Nachrichten</a></p>${body}<div>${prose(5)}</div></article></main></body></html>`;
    expect(runHtml(html('Nachrichten')).article!.byline).toBeNull();
    expect(runHtml(html('Jana Roth')).article!.byline).toBe('Jana Roth');
    // A lower-case account name the byline line links to is a handle, not a name.
    expect(runHtml(html('Nachrichten', '<div class="postmeta">Von <a href="/archive/author/harbour-news" rel="author">harbour news</a> am 21/02/2021.</div>')).article!.byline).toBeNull();
  });

  it('reads an author link that stands in no paragraph or box', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Tariffs explained</title></head><body><header><a href="/author/jane-roe">Jane Roe</a></header><main><article><h1>Tariffs explained</h1><div>${prose(5)}</div></article></main></body></html>`;
    expect(runHtml(html).article!.byline).toBe('Jane Roe');
  });
});

describe("the story's address in the report", () => {
  const html = (canonical: string) => page(prose(5), { extraHead: `<link rel="canonical" href="${canonical}">` });
  it("is the site's own where the tab's adds a query or a fragment to the same page", () => {
    const tab = 'https://news.example/world/story-1.html?ref=rss&utm_source=x#comments';
    expect(runHtml(html('https://news.example/world/story-1.html'), { url: tab }).url).toBe('https://news.example/world/story-1.html');
    expect(runHtml(html('/world/story-1.html'), { url: tab }).url).toBe('https://news.example/world/story-1.html');
  });
  it("is the tab's where the canonical link names another page or has a query of its own", () => {
    const tab = 'https://news.example/article.php?id=42';
    expect(runHtml(html('https://news.example/article.php?id=42&page=1'), { url: tab }).url).toBe(tab);
    expect(runHtml(html('https://other.example/article.php'), { url: tab }).url).toBe(tab);
    expect(runHtml(html('https://news.example/world/'), { url: tab }).url).toBe(tab);
  });
});

describe("a captioned photo in boxes Readability's class test reads as clutter", () => {
  const widget = (inner: string) => `<div class="widget widget--type-image"><div class="widget__wrapper"><div class="widget__contents">${inner}</div></div></div>`;
  const photo = '<figure class="widget__figure"><img src="https://news.example/p/harbour.jpg" alt="The harbour" width="800" height="600"><figcaption>The harbour at dawn. Photo: Jana Roth</figcaption></figure>';
  const html = (box: string) => page(prose(3) + box + prose(3));
  it('stays in the reader with its caption', () => {
    const r = runHtml(html(widget(photo)));
    expect(r.article!.html).toContain('harbour.jpg');
    expect(r.article!.html).toContain('The harbour at dawn.');
  });
  it('unless it is a link (a teaser card)', () => {
    const card = photo.replace('<img', '<a href="/other-story"><img').replace('</figcaption>', '</figcaption></a>');
    expect(runHtml(html(widget(card))).article!.html).not.toContain('harbour.jpg');
  });
});
