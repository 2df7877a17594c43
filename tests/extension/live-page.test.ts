// @vitest-environment jsdom
// Clean on the live page (lib/page/): the pipeline runs on a numbered snapshot, the article is found again on the
// live page by number, everything else is hidden by region, and Restore gives the page back exactly.
import { beforeEach, describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, REASON_ATTR, STYLE_ID, hideBlocks, keptCounts, liveBlocks, restoreAll, restoreBlock, hiddenFingerprints } from '../../lib/page/hide';
import { INDEX_ATTR, snapshotDocument, snapshotPage } from '../../lib/page/snapshot';
import { mappingOptions, scrubReport } from '../../lib/page/article-map';
import { hideOutsideArticle, locateArticle, planHiding } from '../../lib/page';
import { runPipeline } from '../../lib/pipeline';
import { fingerprint } from '../../lib/fingerprint';

const P = [
  'NORTHGATE – Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments and school runs.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
  'Crossings are expected to be full all weekend. Passengers are advised to check the timetable before travelling and to allow extra time for boarding at both terminals, the operator said.',
];
const APPEAL = 'If there was ever a time to stand with local journalism, it is now. Please give what you can today.';
const PAGE = `
  <div class="cookie-banner" style="position:fixed;bottom:0">We use cookies to improve your experience. <button>Accept</button></div>
  <header class="site-header"><a href="/">Northgate Courier</a>
    <nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/support/">Support us</a></li></ul></nav>
    <form role="search"><input name="q"><button>Search</button></form>
  </header>
  <main>
    <article>
      <header class="entry-header">
        <p class="kicker">Harbour</p>
        <h1 id="headline">Island crossings cut to four a day as overtime ban begins</h1>
        <div class="share-tools" id="meta"><time datetime="2025-10-14">14 October 2025</time> <span class="post-views">158 views</span> <a class="share-link" href="https://x.example/share">Share</a></div>
        <p class="byline" id="byline">By <a rel="author" href="/author/ellen/">Ellen Achterberg</a></p>
        <figure class="element-image share-enabled" id="lead"><img src="/img/ferry.jpg" width="800" height="450" alt=""><figcaption id="lead-cap">Commuters queue at the harbour before dawn. Photo: Jan Holm</figcaption></figure>
      </header>
      <div class="entry-content">
        <p id="p0">${P[0]}</p>
        <p id="p1">${P[1]}</p>
        <div class="ad-slot" id="ad"><iframe src="/ads/1"></iframe></div>
        <div class="support-box" id="appeal"><h3>Support us</h3><p>${APPEAL}</p></div>
        <p id="p2">${P[2]}</p>
        <figure class="share-enabled" id="photo2"><img src="/img/quay.jpg" width="640" height="400" alt=""><figcaption>The quay on Friday morning.</figcaption></figure>
        <p id="p3">${P[3]}</p>
        <div class="donate-widget" id="appeal2"><h3>Support us</h3><p>${APPEAL}</p></div>
        <p id="p4">${P[4]}</p>
      </div>
      <section class="related-posts" id="related"><h2>Related</h2><ul>
        <li><a href="/a/"><img src="/t/1.jpg" width="120" height="80" alt="">Port authority names new chair</a></li>
        <li><a href="/b/"><img src="/t/2.jpg" width="120" height="80" alt="">Island school reopens after storm</a></li>
        <li><a href="/c/"><img src="/t/3.jpg" width="120" height="80" alt="">Ferry fares to rise in spring</a></li>
      </ul></section>
    </article>
    <aside class="sidebar" id="sidebar"><h3>Archives</h3><ul><li><a href="/2025/">2025</a></li><li><a href="/2024/">2024</a></li><li><a href="/2023/">2023</a></li></ul>
      <h3>Most read</h3><ol><li><a href="/x/">Harbour wall repairs approved</a></li><li><a href="/y/">New bus route to the ferry</a></li></ol></aside>
  </main>
  <footer id="footer"><p>© 2025 Northgate Courier. All rights reserved.</p><a href="/privacy/">Privacy</a></footer>`;

const URL_ = 'https://northgate.example/harbour/island-crossings-cut/';
const $ = (id: string) => document.getElementById(id)!;
const isHidden = (el: Element) => !!el.closest(`[${HIDDEN_ATTR}]`);

/** What Clean would hide on the page as set up: the article located from the story's five paragraphs and the elements
 * Readability took (`extracted`, by id), with the clean stage's removals. */
function plannedHiding(extracted: string[], removals: ReadonlyMap<string, string> = new Map()): Element[] {
  const snap = snapshotPage(document);
  const n = (id: string) => snap.elements.indexOf($(id));
  const a = locateArticle(snap.elements, { extracted: extracted.map(n), kept: ['p0', 'p1', 'p2', 'p3', 'p4'].map(n) }, { title: 'Island crossings cut to four a day as overtime ban begins' })!;
  return planHiding(document, a, removals).map((s) => s.el);
}

function setup(body = PAGE): string {
  document.head.innerHTML = '<title>Island crossings cut to four a day as overtime ban begins | Northgate Courier</title><meta property="og:image" content="https://northgate.example/img/ferry.jpg">';
  document.body.innerHTML = body;
  return document.documentElement.outerHTML;
}

/** What the controller does, without the extension: snapshot, pipeline on the copy, find and hide on the page. */
function clean() {
  const snap = snapshotPage(document);
  const { opts, map } = mappingOptions({ url: URL_, force: true, inPlace: true });
  const report = scrubReport(runPipeline(snapshotDocument(document, snap), opts));
  const article = locateArticle(snap.elements, map, { title: report.article?.title, byline: report.article?.byline, image: 'https://northgate.example/img/ferry.jpg' });
  expect(article).not.toBeNull();
  return { report, map, snap, article: article!, ...hideOutsideArticle(document, article!, report.removed) };
}

beforeEach(() => setup());

describe('snapshot', () => {
  it('numbers every element of a copy, maps each number to its live element and leaves the page alone', () => {
    const before = setup(`${PAGE}<script>window.x = 1</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>`);
    const snap = snapshotPage(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector(`[${INDEX_ATTR}]`)).toBeNull();
    const copyP2 = snap.root.querySelector('#p2')!;
    expect(snap.elements[Number(copyP2.getAttribute(INDEX_ATTR))]).toBe($('p2'));
    expect(snap.root.querySelector('script:not([type])')).toBeNull();
    expect(snap.root.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });

  it("drops a layer the page does not show but keeps the JSON-LD under <body> (the byline's source), which no page renders", () => {
    setup(`${PAGE}<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Lind"}}</script>` +
      '<div role="dialog" id="consent" data-unseen="1"><p>We and our partners use cookies.</p></div>');
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const had = proto.checkVisibility;
    // As a browser answers: scripts are display:none; the closed dialog is hidden by the site's style sheet.
    proto.checkVisibility = function (this: Element) { return this.tagName !== 'SCRIPT' && !this.hasAttribute('data-unseen'); };
    try {
      const snap = snapshotPage(document);
      expect(snap.root.querySelector('#consent')).toBeNull();
      expect(snap.root.querySelector('script[type="application/ld+json"]')?.textContent).toContain('Mara Lind');
    } finally {
      if (had) proto.checkVisibility = had; else Reflect.deleteProperty(proto, 'checkVisibility');
    }
  });

  it('drops nothing as unseen before the page is laid out (Firefox while its style sheets load: no element has a box)', () => {
    setup(`${PAGE}<div role="dialog" id="consent"><p>We and our partners use cookies.</p></div>`);
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const had = proto.checkVisibility;
    proto.checkVisibility = () => false; // the root included: no layout yet
    try {
      const snap = snapshotPage(document);
      expect(snap.root.querySelector('#p2')).not.toBeNull();
      expect(snap.root.querySelector('#consent')).not.toBeNull();
      expect(snap.root.querySelectorAll('p').length).toBe(document.querySelectorAll('p').length);
    } finally {
      if (had) proto.checkVisibility = had; else Reflect.deleteProperty(proto, 'checkVisibility');
    }
  });
});

describe('Clean leaves the article', () => {
  it('keeps the story, its headline, byline, date and photos with captions', () => {
    clean();
    for (let i = 0; i < P.length; i++) expect(isHidden($(`p${i}`)), `p${i}`).toBe(false);
    for (const id of ['headline', 'byline', 'lead', 'lead-cap', 'photo2']) expect(isHidden($(id)), id).toBe(false);
    expect(isHidden(document.querySelector('time')!)).toBe(false);
  });

  it('hides menus, search, sidebar, related teasers, footer, cookie banner, ad, appeal, share link and counter', () => {
    const { result } = clean();
    for (const id of ['sidebar', 'related', 'footer', 'ad', 'appeal', 'appeal2']) expect(isHidden($(id)), id).toBe(true);
    for (const sel of ['nav', 'form', '.cookie-banner', '.post-views', '.share-link']) expect(isHidden(document.querySelector(sel)!), sel).toBe(true);
    expect(result.nothingToHide).toBe(false);
    expect(result.byReason.sidebar).toBeGreaterThan(0);
    expect(result.byReason.footer).toBe(1);
    expect(result.byReason.overlay).toBe(1); // the fixed cookie banner
  });

  it('names what it hid: archive years are a sidebar, not a view counter; the appeal keeps its pipeline reason', () => {
    const { report } = clean();
    expect($('sidebar').getAttribute(REASON_ATTR)).toBe('sidebar');
    const appealRemoval = report.removed.find((r) => r.text.includes('stand with local journalism'));
    expect(appealRemoval).toBeDefined();
    const hiddenAppeal = Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}="${appealRemoval!.fingerprint}"]`));
    expect(hiddenAppeal.length).toBe(1); // the other copy lies outside what Readability took: a hidden region
    expect(hiddenAppeal[0]!.getAttribute(REASON_ATTR)).toBe(appealRemoval!.reason);
  });

  it('restores the page exactly, all at once or one region at a time', () => {
    const before = document.documentElement.outerHTML;
    clean();
    expect(document.getElementById(STYLE_ID)).not.toBeNull();
    restoreBlock(document, 'page:sidebar');
    expect(isHidden($('sidebar'))).toBe(false);
    expect(isHidden($('footer'))).toBe(true);
    expect(hiddenFingerprints(document)).toContain('page:footer');
    restoreAll(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('says when there is nothing to hide', () => {
    setup(`<article><h1>Island crossings cut to four a day as overtime ban begins</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const { result } = clean();
    expect(result).toMatchObject({ hidden: 0, nothingToHide: true });
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  it('keeps what Readability left out of the body when it reads as the story; hides what does not', () => {
    // The map names only the first two and the last paragraph, as when Readability stops at a "Read more" cut.
    const snap = snapshotPage(document);
    const n = (id: string) => snap.elements.indexOf($(id));
    const a = locateArticle(snap.elements, { extracted: [], kept: [n('p0'), n('p1'), n('p4')] }, { title: 'Island crossings cut to four a day as overtime ban begins' })!;
    const steps = planHiding(document, a, new Map());
    const hidden = new Set(steps.map((s) => s.el));
    for (const id of ['p2', 'p3', 'photo2']) expect(hidden.has($(id)), id).toBe(false);
    expect(hidden.has($('ad'))).toBe(true);
  });

  it('keeps a byline line set in parts inside the body whole: the authors, the dateline\'s place and the date', () => {
    const info = '<div class="post-info" id="info"><div class="row"><span class="authors"><a href="/v/dpa/">dpa</a><a href="/v/desk/">Harbour-Redaktion</a></span><span class="post-location" id="place">Northgate, Isles</span><span class="post-date" id="date">14.10.25 09:56</span></div></div>';
    setup(PAGE.replace('<p id="p1">', `${info}<p id="p1">`));
    const hidden = plannedHiding([]);
    for (const id of ['info', 'place', 'date']) expect(hidden.some((h) => h.contains($(id))), id).toBe(false);
    expect(hidden.some((h) => h.contains($('ad'))), 'advert').toBe(true);
  });

  it('judges by its parts a box whose picture the clean stage removed (a newsletter graphic): no photo keeps it whole', () => {
    const box = '<div class="nl" id="nl"><div><img id="nlimg" src="/img/alerts.png" alt="Alerts"></div><div><h3 id="nlh">Harbour alerts, free, in your inbox</h3></div></div>';
    setup(PAGE.replace('<p class="byline" id="byline">', `${box}<p class="byline" id="byline">`));
    const hidden = plannedHiding(['nlimg', 'nlh'], new Map([[fingerprint('Harbour alerts, free, in your inbox'), 'newsletter']]));
    expect(hidden.some((h) => h.contains($('nlh'))), 'the box\'s pitch').toBe(true);
    expect(hidden.some((h) => h.contains($('lead'))), 'the lead photo').toBe(false);
  });

  it('keeps the parts of a byline line\'s parts: an agency\'s name in a box inside the byline\'s box, beside the date', () => {
    const info = '<div class="meta" id="meta2"><div><address><div id="agency">Harbour Press, Northgate</div></address><div id="when2">Sat 14 Oct 2025 12.42 CET</div></div></div>';
    setup(PAGE.replace('<p id="p1">', `${info}<p id="p1">`));
    const hidden = plannedHiding([]);
    for (const id of ['agency', 'when2']) expect(hidden.some((h) => h.contains($(id))), id).toBe(false);
  });

  it('judges part by part a box that holds the author\'s portrait beside a source line, a rights link and a tag list', () => {
    const foot = `<div class="article-footer" id="afoot"><div class="footer-source" id="source"><span>Source: Northgate Courier</span><a href="https://rights.example/licence/">Buy the rights</a></div>
      <div class="author-box" id="abox"><img id="face" src="/img/ellen.jpg" width="75" height="75" alt="Ellen Achterberg"><div><a href="/author/ellen/">Ellen Achterberg</a> <span>Harbour reporter.</span></div></div>
      <div class="toolbar" id="tool"><a href="/">Home page</a></div><div class="tags" id="tags">Topics: <a href="/t/ferries/">Ferries</a> <a href="/t/harbour/">Harbour</a> <a href="/t/unions/">Unions</a> <a href="/t/">All topics</a></div></div>`;
    setup(PAGE.replace(`<p id="p4">${P[4]}</p>`, `<p id="p4">${P[4]}</p>${foot}`));
    const hidden = plannedHiding([]);
    const isIn = (el: Element) => hidden.some((h) => h.contains(el));
    for (const id of ['source', 'tool', 'tags']) expect(isIn($(id)), id).toBe(true);
    for (const id of ['abox', 'face', 'p4']) expect(isIn($(id)), id).toBe(false);
  });

  it('hides a card for the next story after the body, whose thumbnail and headline link apart to the same page', () => {
    const next = `<div class="next-prev" id="np"><div class="next" id="next"><p class="btn"><a href="/n/7/">Next News</a></p><div class="thumb"><a href="/n/7/"><img id="thumb" src="/t/7.jpg" alt=""></a></div>
      <div class="desc"><a href="/n/7/"><h5>Harbour wall repairs approved after the storm</h5></a><p>The council voted on Monday night.</p><label>Jan Holm 2019-11-20 14:35</label></div></div></div>`;
    setup(PAGE.replace(`<p id="p4">${P[4]}</p>`, `<p id="p4">${P[4]}</p>${next}`));
    const hidden = plannedHiding([]);
    expect(hidden.some((h) => h.contains($('thumb'))), 'the card').toBe(true);
    for (const id of ['photo2', 'p4']) expect(hidden.some((h) => h.contains($(id))), id).toBe(false);
  });

  it('keeps a product\'s photo in a guide whose photo and name link apart to the same shop (a paid link)', () => {
    const product = `<div class="product" id="prod"><div class="pic"><a rel="sponsored" href="https://shop.example/bag"><img id="prodpic" src="/img/bag.jpg" width="640" height="400" alt=""></a></div>
      <h4><a rel="sponsored" href="https://shop.example/bag">Trailhead Down Bag 15</a></h4><p>Photograph: Jan Holm</p></div>`;
    setup(PAGE.replace('<p id="p3">', `${product}<p id="p3">`));
    const hidden = plannedHiding([]);
    expect(hidden.some((h) => h.contains($('prodpic'))), 'the product photo').toBe(false);
  });

  it('reads an SVG link\'s address from its attribute (its href is no string in a browser) in a card for another story', () => {
    const card = '<div class="card" id="svgcard"><h3><svg width="300" height="20"><a id="svglink" href="/n/9/"><text>Night ferry returns to the outer islands</text></a></svg></h3><p>The winter timetable ends on Monday.</p></div>';
    setup(PAGE.replace('<p id="p3">', `${card}<p id="p3">`));
    // As in a browser: an SVG <a>'s href is an SVGAnimatedString, which has no string methods.
    Object.defineProperty($('svglink'), 'href', { value: { baseVal: '/n/9/', animVal: '/n/9/' } });
    const snap = snapshotPage(document);
    const n = (id: string) => snap.elements.indexOf($(id));
    const a = locateArticle(snap.elements, { extracted: [], kept: [n('p0'), n('p1'), n('p2'), n('p3'), n('p4')] }, { title: 'Island crossings cut to four a day as overtime ban begins' })!;
    const steps = planHiding(document, a, new Map());
    expect(steps.find((s) => s.el === $('svgcard'))?.reason).toBe('related');
  });

  it('keeps a kept line Readability made anew (found by its text) when its box is otherwise hidden: a product name beside shop buttons', () => {
    const product = '<div class="product" id="product"><div id="pname">Trailhead Family 6</div><div class="offers"><a href="https://shop.example/a">$139 at Shop A</a><a href="https://shop.example/b">$149 at Shop B</a></div></div>';
    setup(PAGE.replace('<p id="p2">', `${product}<p id="p2">`));
    const snap = snapshotPage(document);
    const n = (id: string) => snap.elements.indexOf($(id));
    const a = locateArticle(snap.elements, { extracted: [], kept: [n('p0'), n('p1'), n('p2'), n('p3'), n('p4')], keptText: [fingerprint('Trailhead Family 6')] }, { title: 'Island crossings cut to four a day as overtime ban begins' })!;
    const hidden = new Set(planHiding(document, a, new Map()).map((s) => s.el));
    const isIn = (el: Element) => [...hidden].some((h) => h.contains(el));
    expect(isIn($('pname')), 'product name').toBe(false);
    expect(isIn($('product').querySelector('.offers')!), 'shop buttons').toBe(true);
  });

  it('keeps a photo Readability left out whose link (to a shop) holds only the photo and its credit line', () => {
    const photo = '<div class="embed"><a id="pphoto" href="https://shop.example/a"><span><img src="/img/tent.jpg" width="640" height="400" alt=""></span><p class="image-credit">Photograph: Shop A</p></a></div>';
    setup(PAGE.replace('<p id="p2">', `${photo}<p id="p2">`));
    const hidden = plannedHiding([]);
    for (const el of [$('pphoto').querySelector('img')!, $('pphoto').querySelector('p')!]) expect(hidden.some((h) => h.contains(el)), el.tagName).toBe(false);
    expect(hidden.some((h) => h.contains($('ad'))), 'advert').toBe(true);
  });

  it('judges part by part a box of the article that cleaning emptied, where the live page holds more than Readability took', () => {
    const box = '<div class="more" id="more"><p id="more-label">More from the islands</p><ul id="more-links"><li><a href="/m/1">Harbour wall repairs approved after storm</a></li><li><a href="/m/2">New bus route to the ferry opens on Monday</a></li><li><a href="/m/3">Island school reopens after the winter storms</a></li></ul></div>';
    setup(PAGE.replace('<p id="p2">', `${box}<p id="p2">`));
    // Readability took the box and its label (not the list); cleaning removed the label, so nothing of the box is kept.
    const hidden = plannedHiding(['more', 'more-label'], new Map([[fingerprint('More from the islands'), 'related']]));
    for (const id of ['more-label', 'more-links']) expect(hidden.some((h) => h.contains($(id))), id).toBe(true);
    expect(hidden.some((h) => h.contains($('p2')))).toBe(false);
  });

  it('hides a card for another story inside the body (a linked headline and its summary), keeps the story around it', () => {
    const card = '<div class="extra" id="card"><h3><a href="https://northgate.example/harbour/new-ferry-ordered/">A new ferry is ordered for the island route</a></h3><p>The council signed the contract last spring, and the ship is due to enter service in two years from now.</p></div>';
    setup(PAGE.replace('<p id="p2">', `${card}<p id="p2">`));
    clean();
    expect(isHidden($('card')), 'teaser card').toBe(true);
    for (const id of ['p1', 'p2', 'p3']) expect(isHidden($(id)), id).toBe(false);
  });

  it('hides cards whose thumbnail sits beside their headline link, not in it (a heading, or a bare link); a photo with a credit link stays', () => {
    const thumb = '<figure class="thumb"><img src="/t/boatyard.jpg" width="104" height="108" alt=""></figure>';
    const cards = `<div class="content-box" id="cards"><div class="item">${thumb}<div class="details"><h2><a href="https://northgate.example/harbour/fire-under-control/">Fire at the old boatyard under control after two days</a></h2><p>Northgate Courier</p></div></div>` +
      `<div class="item">${thumb}<div class="details"><h2><a href="https://northgate.example/harbour/risk-of-fires/">Firefighters warn of a long season of fires on the islands</a></h2><p>Newsroom</p></div></div></div>`;
    const item = (id: string, href: string, text: string) => `<li><figure class="thumb" id="${id}-thumb"><img src="/t/${id}.jpg" width="104" height="108" alt=""><noscript></noscript></figure><a id="${id}" href="${href}">${text}</a></li>`;
    const list = `<div class="crosslinks" id="list"><div class="crosslinks-title">Discover</div><ul>${item('podcast', 'https://podcasts.northgate.example/harbour/latest', 'Podcast: listen to the harbour club every week')}` +
      `${item('app', 'https://apps.example/northgate-courier', 'Follow the ferry dispute with the Northgate Courier app')}</ul></div>`;
    const photo = '<figure class="share-enabled" id="photo3"><img src="/img/boarding.jpg" width="640" height="400" alt=""><figcaption>Boarding at dawn. <a href="https://agency.example/photographers/holm">Photo: Jan Holm / Agency</a></figcaption></figure>';
    setup(PAGE.replace('<p id="p2">', `${cards}<p id="p2">`).replace('<p id="p3">', `${list}${photo}<p id="p3">`));
    // As a browser with scripts on holds a lazy image's fallback: its markup as text.
    for (const ns of Array.from(document.querySelectorAll('#list noscript'))) ns.textContent = '<img class="thumb-img" src="/t/full-size-thumbnail.jpg" alt="A thumbnail for the card">';
    clean();
    expect(isHidden($('cards')), 'cards').toBe(true);
    for (const id of ['podcast', 'podcast-thumb', 'app', 'app-thumb']) expect(isHidden($(id)), id).toBe(true);
    expect(isHidden($('photo3')), 'photo with a credit link').toBe(false);
    for (const id of ['p1', 'p2', 'p3']) expect(isHidden($(id)), id).toBe(false);
  });

  it('hides a row of cards for other stories inside the body whole, their bylines with it; the article\'s byline stays', () => {
    // Each card as a news site's "Most Popular" rail prints it: a rubric, a linked headline, the author's byline.
    const card = (n: number, title: string, who: string) => `<li><div class="summary-item"><div class="summary-content"><div class="rubric">Gear</div>` +
      `<a href="https://northgate.example/x/${n}/"><div class="hed">${title}</div></a><div class="summary-byline"><p itemprop="author" id="who${n}">${who}</p></div></div></div></li>`;
    const row = `<div class="related-rail" id="popular"><div class="row-heading">Most Popular</div><ul>${card(1, 'Harbour wall repairs approved after the storm', 'Matt Jancer')}${card(2, 'New bus route to the ferry opens on Monday', 'David Nield')}${card(3, 'What is the safest seat on a ferry?', 'Boone Ashworth')}</ul></div>`;
    setup(PAGE.replace('<p id="p2">', `${row}<p id="p2">`));
    document.head.insertAdjacentHTML('beforeend', '<meta name="author" content="Ellen Achterberg">');
    const { report } = clean();
    expect(report.article!.byline).toBe('Ellen Achterberg');
    for (const id of ['who1', 'who2', 'who3']) expect(isHidden($(id)), id).toBe(true);
    for (const id of ['byline', 'p1', 'p2', 'meta']) expect(isHidden($(id)), id).toBe(false);
  });

  it('hides the placeholder of an embed waiting for consent, as the reader drops it, and restores it exactly', () => {
    const box = '<div class="b4" id="consent" data-props=\'{"url":"https://podcasts.example.org/ep/91"}\'><div><p>Recommended content</p><p>Here our editors have chosen external content that adds to the article. You can show it or hide it again with one click.</p>' +
      '<input id="t1" type="checkbox"><label for="t1">Show external content</label><p>I agree that external content is shown to me. Personal data may be passed to third-party platforms.</p></div></div>';
    const html0 = setup(PAGE.replace('<p id="p2">', `${box}<p id="p2">`));
    const { report } = clean();
    expect(report.removed.filter((r) => r.rule === 'embed:consent')).toHaveLength(4);
    expect(isHidden($('consent').querySelector('label')!), 'label').toBe(true);
    for (const p of Array.from($('consent').querySelectorAll('p'))) expect(isHidden(p), p.textContent!).toBe(true);
    for (const id of ['p1', 'p2']) expect(isHidden($(id)), id).toBe(false);
    restoreAll(document);
    expect(document.documentElement.outerHTML).toBe(html0);
  });

  it('keeps an embedded post the story quotes and a subheading Readability rewrapped, whatever their frames are called', () => {
    const tweet = '<div class="social-media-embed widget" id="post"><blockquote class="twitter-tweet"><p>The last ferry left at six and nobody told the passengers waiting on the quay.</p>— Island Voice (@islandvoice) <a href="https://x.example/s/1">14 October 2025</a></blockquote></div>';
    setup(PAGE.replace('<p id="p2">', `${tweet}<div class="pf-subheadline" id="sub">What comes next</div><p id="p2">`));
    clean();
    expect(isHidden($('post')), 'embedded post').toBe(false);
    expect(isHidden($('sub')), 'subheading').toBe(false);
    expect(isHidden($('sidebar'))).toBe(true);
  });

  it('hides furniture beside the headline by the clean stage\'s decision, in a language no phrase list has', () => {
    // A lone view count and a row of network names between the byline and the body, in Norwegian, without class
    // names: the classifier's shapes, not a phrase list, name them.
    setup(PAGE.replace('<figure class="element-image', '<div id="count">4 812</div><div id="nets">Facebook · Twitter · LinkedIn · E-post</div><figure class="element-image'));
    const { result } = clean();
    expect(isHidden($('count')), 'count').toBe(true);
    expect(isHidden($('nets')), 'networks').toBe(true);
    expect(isHidden($('byline'))).toBe(false);
    expect(result.byReason.counter).toBeGreaterThan(0);
  });

  it('keeps a standfirst the site calls a teaser and its dateline: lines beside the headline are not furniture by class name alone', () => {
    setup(PAGE.replace('</h1>', '</h1><div class="article-teaser" id="standfirst"><span>Ferry services to the islands are cut as the overtime ban begins, and talks between the union and the port stay stalled.</span></div>').replace('<figure class="element-image', '<div class="text-copy-secondary" id="dateline">Northgate.</div><figure class="element-image'));
    clean();
    expect(isHidden($('standfirst'))).toBe(false);
    expect(isHidden($('dateline')), 'a dateline whose class says "secondary"').toBe(false);
    expect(isHidden(document.querySelector('.share-link')!)).toBe(true);
  });

  it('keeps the credit line of a lead photo above the headline, in their own box, whatever its class says ("teaser")', () => {
    const head = '<section class="shared-teaser-image" id="leadbox"><img src="/img/ferry.jpg" width="800" height="450" alt="">' +
      '<p class="shared-teaser-image__credits" id="credit">Jan Holm/Harbour Press</p></section>';
    setup(PAGE.replace(/<figure class="element-image share-enabled" id="lead">.*?<\/figure>/s, '').replace('<p class="kicker">', `${head}<p class="kicker">`));
    clean();
    expect(isHidden($('credit')), 'the credit').toBe(false);
    expect(isHidden($('leadbox'))).toBe(false);
    expect(isHidden(document.querySelector('.share-link')!)).toBe(true);
  });

  it('names an appeal the clean stage removed after the story an appeal, where its markup names nothing', () => {
    const stay = '<div id="stay"><p>Stay informed with Northgate Courier – your source for credible local journalism. Get in-depth reporting and opinions for only £5 a month.</p></div>';
    setup(PAGE.replace('</div>\n      <section class="related-posts"', `${stay}</div>\n      <section class="related-posts"`));
    const { report, steps } = clean();
    expect(report.removed.find((x) => x.text.startsWith('Stay informed'))?.reason).toBe('donation');
    expect(isHidden($('stay'))).toBe(true);
    const step = steps.find((x) => x.el.contains($('stay')) || $('stay').contains(x.el));
    expect(step?.reason).toBe('appeal');
  });

  it('keeps the shown header when the page also holds a copy of the story with its own headline the site hides', () => {
    const title = 'Island crossings cut to four a day as overtime ban begins';
    setup(`<header class="site-header"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
      <main><div class="story-head"><p class="overline">Harbour</p><h1 id="shown">${title}</h1>
        <div class="excerpt" id="standfirst">Ferry services are cut as the ban begins, and talks stay stalled.</div>
        <div class="meta-data" id="meta">Northgate, 14 October 2025, Ellen Achterberg</div></div>
      <div class="content-body"><h1 class="entry-title" id="copy" data-unseen="1">${title}</h1>${P.map((p) => `<p>${p}</p>`).join('')}</div></main>
      <footer><p>© 2025 Northgate Courier.</p></footer>`);
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const had = proto.checkVisibility;
    // As a browser answers: the copy's headline is hidden by the site's style sheet.
    proto.checkVisibility = function (this: Element) { return !this.closest('[data-unseen]'); };
    try {
      const { article } = clean();
      expect(article.headline).toBe($('shown'));
      for (const id of ['shown', 'standfirst', 'meta']) expect(isHidden($(id)), id).toBe(false);
      expect(isHidden(document.querySelector('nav')!)).toBe(true);
    } finally {
      if (had) proto.checkVisibility = had; else Reflect.deleteProperty(proto, 'checkVisibility');
    }
  });

  it('keeps the story\'s own heading (kicker and a shorter headline) when the site\'s bar repeats the title word for word', () => {
    const title = 'The islands are cut off as the ferry overtime ban begins';
    setup(`<header class="site-header"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav><div class="crumbs"><a href="/news/">News</a> <h1 id="crumb">${title}</h1></div></header>
      <main><article><div class="article-head"><h2 id="head"><div class="label">Ferry dispute</div><div id="shown">Islands cut off as overtime ban begins</div></h2>
        <p class="byline" id="byline">By Ellen Achterberg</p></div>
        <div class="content-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main>
      <footer><p>© 2025 Northgate Courier.</p></footer>`);
    document.title = title;
    const { article } = clean();
    expect(article.headline).toBe($('head'));
    for (const id of ['head', 'shown', 'byline']) expect(isHidden($(id)), id).toBe(false);
  });

  it('keeps the header when no heading reads as the title: the first <h1>, even in a breadcrumb, still anchors it', () => {
    // The page's title names another headline of the story (its data's), so no heading matches it.
    setup(`<main><article><div class="head"><nav><a href="/">Home</a> <a href="/harbour/">Harbour</a> <h1 id="crumb">Harbour: ferry crossings cut</h1></nav>
        <hgroup><div>Ferry dispute</div><h2 id="h2">Islands cut off as the overtime ban begins</h2></hgroup>
        <div><time id="date" datetime="2025-10-14">14.10.2025, 17:19</time></div><div><address id="byline">Von <a rel="author" href="/a/ea/">Ellen Achterberg</a></address></div></div>
        <div class="content-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article></main><footer><p>© 2025 Northgate Courier.</p></footer>`);
    document.title = 'Talks collapse after eleven hours at the port authority';
    clean();
    for (const id of ['h2', 'date', 'byline']) expect(isHidden($(id)), id).toBe(false);
  });

  it('keeps the story\'s headline in a header of its own outside <main> (over its photo), not a teaser\'s copy of it', () => {
    const title = 'Island crossings cut to four a day as overtime ban begins';
    setup(`<header class="site-header"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
      <header class="full-header"><h1 id="shown">${title}</h1><div class="entry-meta"><span id="byline">by Ellen Achterberg</span> <time id="date" datetime="2025-10-14">14 October 2025</time></div></header>
      <main><article><div class="content-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article>
        <article class="feat"><a href="/harbour/island-crossings-cut/"><img src="/t/1.jpg" width="300" height="200" alt=""><div><span>Trending</span><h2 id="teaser">${title}</h2></div></a></article></main>
      <footer><p>© 2025 Northgate Courier.</p></footer>`);
    document.title = title;
    const { article } = clean();
    expect(article.headline).toBe($('shown'));
    for (const id of ['shown', 'byline', 'date']) expect(isHidden($(id)), id).toBe(false);
  });

  it('keeps a photo\'s credit in a box of its own inside its caption, and the desk\'s credit line after the story', () => {
    // The credit's <p> inside a <span> is rewritten by Readability (not kept by number); the credit line after the
    // story is outside Readability's article, beside it in the story's box, before the page's footer.
    const photo = '<figure id="fig"><img src="/img/quay.jpg" width="640" height="400" alt=""><figcaption><p>The quay on Friday morning.</p><span class="pic-note">Photo: <p id="credit">Jan Holm / Harbour Press</p></span></figcaption></figure>';
    setup(`<header class="site-header"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
      <main><article><section><h1 id="head">Island crossings cut to four a day as overtime ban begins</h1><div class="lead-media">${photo}</div>
        <div class="story"><div class="text">${P.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</div><div class="text">${P.slice(3).map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="desk"><div id="desk">ea/Harbour Press</div></div></div>
        <div class="desk2"><div id="desk2">jh/Harbour Press</div></div></section>
        <section class="more" id="more"><h3>More</h3><ul><li><a href="/a/">Port authority names new chair</a></li><li><a href="/b/">School reopens</a></li></ul></section></article></main>
      <footer id="footer"><p>© 2025 Northgate Courier.</p></footer>`);
    clean();
    for (const id of ['fig', 'credit', 'desk', 'desk2']) expect(isHidden($(id)), id).toBe(false);
    for (const id of ['more', 'footer']) expect(isHidden($(id)), id).toBe(true);
  });

  it('hides the buttons set like a hidden share button in its bar; a date set the same way stays', () => {
    const bar = '<div class="bar"><div class="bar__item bar__item--print" id="print"><svg width="16" height="16"></svg><span>Tisk</span></div>' +
      '<div class="bar__item share" id="share"><svg width="16" height="16"></svg><span>Sdílet</span></div><div class="bar__item" id="when"><time datetime="2025-10-14">14. 10. 2025</time></div></div>';
    setup(PAGE.replace('<p class="byline" id="byline">', `${bar}<p class="byline" id="byline">`));
    clean();
    for (const id of ['share', 'print']) expect(isHidden($(id)), id).toBe(true);
    expect(isHidden($('when')), 'the date').toBe(false);
  });

  it('hides a share button beside the date: a link that carries this page\'s address elsewhere, in any language', () => {
    const share = `<a id="mail" href="mailto:?subject=Island%20crossings&body=${encodeURIComponent(URL_)}" type="button">Poslat</a>`;
    const other = '<a id="mailto-desk" href="mailto:desk@northgate.example">desk@northgate.example</a>';
    setup(PAGE.replace('<span class="post-views">158 views</span>', `${share} ${other}`));
    document.head.insertAdjacentHTML('beforeend', `<link rel="canonical" href="${URL_}">`);
    clean();
    expect(isHidden($('mail')), 'the share link').toBe(true);
    expect(isHidden($('mailto-desk')), 'an address to write to').toBe(false);
    expect(isHidden(document.querySelector('time')!), 'the date').toBe(false);
  });

  it('keeps a press release\'s source credit after the story, its source a link; a link to further reading there goes', () => {
    setup(`<header class="site-header"><a href="/">Northgate Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
      <main><article><h1 id="head">Island crossings cut to four a day as overtime ban begins</h1>
        <div class="story"><div class="text">${P.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="further" id="further">Read next: <a href="/a/">Port authority names new chair</a></div>
        <div class="d-inline-block" id="source">Provided by <a href="/partners/harbour-board/">Harbour Board</a> <a href="https://board.example/"><svg><use href="#open"></use></svg></a></div></div>
      </article></main><footer id="footer"><p>© 2025 Northgate Courier.</p></footer>`);
    clean();
    expect(isHidden($('source')), 'the source credit').toBe(false);
    for (const id of ['further', 'footer']) expect(isHidden($(id)), id).toBe(true);
  });

  it('hides the skip links the clean stage removed around a newsletter box set in a <figure> with no picture', () => {
    const promo = '<figure id="promo"><a href="#signup-skip-3" id="skip">skip past newsletter promotion</a><aside class="newsletter-promo"><p>Sign up to Harbour Weekly</p><form><input type="email"><button>Sign up</button></form></aside><p id="signup-skip-3">after newsletter promotion</p></figure>';
    setup(PAGE.replace('<div class="ad-slot" id="ad">', `${promo}<div class="ad-slot" id="ad">`));
    const { report } = clean();
    expect(report.removed.filter((x) => x.rule.startsWith('skip-link')).length).toBe(2);
    for (const id of ['skip', 'signup-skip-3']) expect(isHidden($(id)), id).toBe(true);
    expect(isHidden($('photo2')), 'a photo\'s figure').toBe(false);
  });

  it('hides a list of other stories and its label, loose children of a column between the header and the body', () => {
    const card = (n: number, t: string) => `<div class="c"><a href="/n/${n}/"><img src="/t/${n}.jpg" width="160" height="100" alt=""></a><span class="k">FERRIES</span><a href="/n/${n}/">${t}</a><span>12 May 2019</span></div>`;
    // An SVG link among them (its href is no string in a browser).
    const column = `<div class="col"><svg width="10" height="10"><a href="/svg-link/"><text>Harbour map of the islands, full size</text></a></svg><span id="find">PLAN YOUR CROSSING</span><div class="box"><form action="/find"><select name="r"><option>Route</option></select><input type="submit" value="Go"></form></div>
      <span id="label">OTHER STORIES LIKE THIS</span><div class="grid" id="cards">${card(1, 'Night ferry returns to the outer islands')}${card(2, 'Harbour wall repairs approved by council')}${card(3, 'New timetable for the summer season begins')}</div></div>`;
    // The article's date set in parts just above the column's form: a date, no label.
    const date = '<div id="when"><div>Oct. 14, 2025</div><div>5:50 PM</div></div>';
    setup(PAGE.replace('<figure class="element-image', `${column}<figure class="element-image`).replace('<div class="col">', `${date}<div class="box2" id="search"><form action="/s"><input name="q"></form></div><div class="col">`));
    clean();
    for (const id of ['label', 'cards', 'find']) expect(isHidden($(id)), id).toBe(true);
    expect(isHidden($('search').firstElementChild!), 'the form').toBe(true);
    expect(isHidden($('when')), 'the date in parts').toBe(false);
    for (const id of ['headline', 'byline', 'lead', 'p0', 'p4']) expect(isHidden($(id)), id).toBe(false);
  });

  it('hides a banner added after Clean, outside the article', () => {
    const { article, report } = clean();
    const late = document.createElement('div');
    late.innerHTML = '<p>Subscribe to our newsletter for the morning briefing.</p><a href="/subscribe">Sign up</a>';
    document.body.appendChild(late);
    const steps = planHiding(document, article, new Map(report.removed.map((r) => [r.fingerprint, r.reason])));
    expect(steps.map((s) => s.el)).toContain(late);
  });
});

describe('blocks by fingerprint (late content, site memory)', () => {
  const targets = [{ fingerprint: fingerprint(APPEAL), reason: 'donation' }];

  it('cuts the live page into blocks like lib/blocks.ts, without changing it', () => {
    const before = document.body.innerHTML;
    const blocks = liveBlocks(document.body);
    expect(blocks.find((b) => b.el.id === 'p2')?.text).toBe(P[2]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides a removed block with its emptied box, keeps copies the article keeps, and restores', () => {
    const before = document.body.innerHTML;
    hideBlocks(document, targets);
    expect($('appeal').hasAttribute(HIDDEN_ATTR)).toBe(false); // its heading still shows
    expect(document.querySelector('#appeal p')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    restoreAll(document);
    hideBlocks(document, targets, { kept: keptCounts(`${P[0]}\n\n${APPEAL}`) });
    expect(document.querySelector('#appeal p')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    restoreAll(document);
    expect(document.body.innerHTML).toBe(before);
  });
});
