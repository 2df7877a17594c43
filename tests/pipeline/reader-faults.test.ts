// Faults a reader saw on real pages in the reader view, the CLI and the exports, each on invented markup: the
// title's site suffix, an image given only as a srcset, an advert label in brackets, skip links left beside the box
// they skipped, a caption whose video is gone, headings of emptied sections at the end, the odd one out of a
// removed box, a rubric list above the text.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose, parse } from './helpers';
import { toMarkdown } from '../../lib/export';
import { htmlToMarkdown } from '../../lib/export-markdown';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { applyOddOneOut } from '../../lib/clean/residue';
import type { Verdict } from '../../lib/clean/decide';

describe('the title', () => {
  it('is the headline without the site suffix in the report, as on every surface', () => {
    const r = runHtml(page(prose(4), { title: 'Harbour wall approved | Harbour Gazette', extraHead: '<meta property="og:site_name" content="Harbour Gazette">' }));
    expect(r.article!.title).toBe('Harbour wall approved');
    expect(r.article!.siteName).toBe('Harbour Gazette');
  });
});

describe('an image given only as a srcset', () => {
  const figure = '<figure><img alt="The quay at dawn" srcset="//img.example/quay-small.jpg 320w, //img.example/quay-large.jpg 1280w"><figcaption>The quay at dawn.</figcaption></figure>';
  it('gets its src from the srcset (its largest candidate), never the article\'s own address', () => {
    const r = runHtml(page(prose(2) + figure + prose(2, 'ferry strike')), { url: 'https://news.example/2026/quay.html' });
    expect(r.article!.html).toContain('src="https://img.example/quay-large.jpg"');
    const md = toMarkdown(r);
    expect(md).toContain('![The quay at dawn](https://img.example/quay-large.jpg)');
    expect(md).not.toContain('](https://news.example/2026/quay.html)');
  });
  it('is left out of the Markdown when it has no address at all', () => {
    const md = htmlToMarkdown('<p>The quay.</p><p><img alt="Nothing here" src=""></p>', 'https://news.example/2026/quay.html');
    expect(md).toBe('The quay.');
  });
});

describe('an advert label in square brackets', () => {
  it('goes, even beside a picture, with its reason; a credit in parentheses stays', () => {
    const body = '<div><figure><img src="https://img.example/quay.jpg" alt="The quay"></figure></div><div><p><span>[PR]</span></p></div>' +
      prose(3) + '<figure><img src="https://img.example/ferry.jpg" alt="Ferry"></figure><p>(Photo: Jane Roe)</p>' + prose(2, 'ferry strike');
    const r = runHtml(page(body));
    expect(r.article!.html).not.toContain('[PR]');
    expect(r.removed.find((x) => x.text === '[PR]')?.reason).toBe('advert');
    expect(r.article!.html).toContain('(Photo: Jane Roe)');
  });
});

describe('a skip link beside the box it skipped', () => {
  const promo = '<figure><a href="#signup-skip-3">skip past newsletter promotion</a><aside class="newsletter-promo"><p>Sign up to Harbour Weekly</p><form><input type="email"><button>Sign up</button></form></aside><p id="signup-skip-3">after newsletter promotion</p></figure>';
  it('goes with the line it jumps to, once the box between them is gone', () => {
    const r = runHtml(page(prose(3) + promo + prose(2, 'ferry strike')));
    expect(r.article!.html).not.toContain('skip past');
    expect(r.article!.html).not.toContain('after newsletter promotion');
    expect(r.removed.filter((x) => x.rule.startsWith('skip-link')).map((x) => x.text)).toEqual(['skip past newsletter promotion', 'after newsletter promotion']);
  });
  it('goes too in a copy whose base address is not its own (the extension parses the page under a <base> of it)', () => {
    // Readability writes "#x" out in full when the document's address and its base differ: the link is still in-page.
    const url = 'https://news.example/2026/quay.html';
    const r = runHtml(page(prose(3) + promo + prose(2, 'ferry strike'), { extraHead: `<base href="${url}">` }), { url });
    expect(r.article!.html).not.toContain('skip past');
    expect(r.article!.html).not.toContain('after newsletter promotion');
  });
  it('goes when it stands alone above the story and leads to no place in it, or to the box holding it, in any wording', () => {
    const skip = 'İçeriğe geç'; // no phrase list knows it: the structure decides
    for (const body of [`<p><a href="#main-content">${skip}</a></p>${prose(3)}`, `<div id="main-content"><p><a href="#main-content">${skip}</a></p>${prose(3)}</div>`]) {
      const r = runHtml(page(body));
      expect(r.article!.html).not.toContain(skip);
      expect(r.removed.find((x) => x.text === skip)?.rule).toBe('skip-link:nowhere');
    }
  });
  it('stays in a table of contents whose sections are not in the text (more than one link: the reader\'s)', () => {
    const toc = '<ul><li><a href="#costs">Costs</a></li><li><a href="#timeline">Timeline</a></li></ul>';
    const r = runHtml(page(toc + prose(3)));
    expect(r.article!.html).toContain('href="#costs"');
    expect(r.article!.html).toContain('href="#timeline"');
  });
  it('stays when it jumps over text that stays (a table of contents)', () => {
    const toc = '<ul><li><a href="#costs">Costs</a></li></ul>';
    const r = runHtml(page(toc + prose(3) + '<h2 id="costs">Costs</h2>' + prose(2, 'ferry strike')));
    expect(r.article!.html).toContain('href="#costs"');
  });
});

describe('the title of a box whose list is gone, at the end', () => {
  it('goes when it is a <label> that labels nothing, alone in its box; a line that is no label stays', () => {
    const tail = '<div class="recent"><p><label><i> </i>OTHER CROSSINGS</label></p></div><div class="popular"><p><label>MOST READ THIS WEEK</label></p></div>';
    const r = runHtml(page(prose(4) + '<div><p>Jane Roe, Harbour Desk</p></div>' + tail));
    expect(r.article!.html).not.toContain('OTHER CROSSINGS');
    expect(r.article!.html).not.toContain('MOST READ THIS WEEK');
    expect(r.removed.filter((x) => x.rule === 'label:alone').map((x) => x.text)).toEqual(['OTHER CROSSINGS', 'MOST READ THIS WEEK']);
    expect(r.article!.html).toContain('Jane Roe, Harbour Desk');
  });
});

describe("the desk's credit at the foot of the story", () => {
  it('stays as small print in any wording: initials and agencies joined by slashes; a heading of that shape stays a heading', () => {
    const body = prose(3) + '<h2>Best for Early/Late Crossings</h2>' + prose(2, 'ferry strike') + '<div><span>ea/Harbour Press</span></div>';
    const r = runHtml(page(body));
    expect(r.article!.html).toMatch(/<small>(<span>)?ea\/Harbour Press/);
    expect(r.article!.html).toContain('<h2>Best for Early/Late Crossings</h2>');
  });
  it('is put back under the last paragraph when the site sets it in a box of its own after the text', () => {
    const r = runHtml(page(prose(4), { outside: '<div class="meta"><div>ea/Harbour Press</div></div><footer><p>Home/Contact</p></footer>' }));
    expect(r.article!.html).toMatch(/detail\.<\/p>\s*<p><small>ea\/Harbour Press<\/small><\/p>/);
    expect(r.article!.html).not.toContain('Home/Contact');
  });
});

describe('a caption whose video is gone', () => {
  it('goes when its figure shows nothing but an icon; a quotation in a figure keeps its attribution', () => {
    const video = '<figure data-type="YoutubeBlockElement"><div><figcaption><span><svg width="36" height="23"><path d="M0 0"></path></svg></span><span>Firefighters search the block – video</span></figcaption></div></figure>';
    const quote = '<figure><blockquote><p>We will rebuild the quay, stone by stone, whatever it costs.</p></blockquote><figcaption>— Mayor Jane Roe</figcaption></figure>';
    const photo = '<figure><img src="https://img.example/quay.jpg" alt="The quay"><figcaption>The quay at dawn.</figcaption></figure>';
    const r = runHtml(page(prose(2) + video + prose(2, 'ferry strike') + quote + photo + prose(1, 'bridge')));
    expect(r.article!.html).not.toContain('Firefighters search the block');
    expect(r.removed.find((x) => x.rule === 'caption:no-media')?.reason).toBe('caption');
    expect(r.article!.html).toContain('Mayor Jane Roe');
    expect(r.article!.html).toContain('The quay at dawn.');
  });
  it('stays when nothing says a player was there (a photo that failed to load still has a caption worth reading)', () => {
    const lazy = '<figure class="article-body-image"><div class="lazy-image" data-src="/img/airer.jpg"></div><figcaption>Lakeland: big enough for holidays</figcaption></figure>';
    expect(runHtml(page(prose(2) + lazy + prose(2, 'ferry strike'))).article!.html).toContain('Lakeland: big enough for holidays');
  });
});

describe('sections at the end that removals emptied', () => {
  it('lose their heading or label and their bare thumbnails; a date heading with nothing under it goes', () => {
    const tail = '<div class="box"><div class="boxhead">More on this</div><div class="teaser"><img src="https://img.example/t1.jpg" alt="Comet over the dunes"></div><div class="teaser"><img src="https://img.example/t2.jpg" alt="Northern lights"></div></div>' +
      '<div><p>On the radio:</p><h3>Harbour Radio | News | 28.04.2023 | 13:00</h3></div>' +
      '<div><p>Tags of this article</p><div><p><img src="https://img.example/print-logo.gif" alt="Gazette logo"></p></div></div>';
    const r = runHtml(page(prose(4) + tail));
    const html = r.article!.html;
    for (const gone of ['More on this', 't1.jpg', 't2.jpg', 'On the radio:', 'Harbour Radio', 'Tags of this article', 'print-logo.gif']) expect(html, gone).not.toContain(gone);
    expect(r.removed.map((x) => x.text)).toContain('Comet over the dunes');
    expect(html).toContain('Paragraph 4 about the harbour wall');
  });
  it('keep a section with text of its own, and pictures inside the story', () => {
    const body = prose(3) + '<h2>Photos</h2><figure><img src="https://img.example/p1.jpg" alt="The quay"><figcaption>The quay at dawn.</figcaption></figure>' +
      '<p>Reporting by Jane Roe</p>';
    const html = runHtml(page(body)).article!.html;
    expect(html).toContain('Photos');
    expect(html).toContain('p1.jpg');
    expect(html).toContain('Reporting by Jane Roe');
    const tools = '<h2>Features and tools</h2><p><a href="https://video.example/1"><img src="https://img.example/inspector.jpg" alt="Screenshot"></a></p><h2>Page Inspector</h2><p>Examine the page.</p>';
    const own = runHtml(page(prose(3) + tools)).article!.html;
    expect(own).toContain('Features and tools');
    expect(own).toContain('inspector.jpg');
  });
});

describe('the odd one out of a removed box', () => {
  const removed: Verdict = { reason: 'paywall', rule: 'classifier', score: 0.9, strong: false, evidence: [] };
  const faq = ['You can read the Gazette on one device at a time.', 'What happens if you keep reading here?', 'This message will show on the other device.',
    'Are there other limits?', 'No. You can sign in on as many devices as you like.', 'Discover our multi-account offers.'];
  function decide(html: string, verdict: (text: string) => Verdict | null) {
    const root = parse(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
    const els = Array.from(root.querySelectorAll('p'));
    const infos = blockInfos(els.map((el) => ({ el, text: el.textContent ?? '' })), root, { site: siteInfo(null, null) });
    const v = els.map((el) => verdict(el.textContent ?? ''));
    applyOddOneOut(infos, v, root);
    return new Map(els.map((el, k) => [el.textContent, v[k]]));
  }
  it('goes with the other blocks of its box', () => {
    const box = `<section>${faq.map((q) => `<ul><li><p>${q}</p></li></ul>`).join('')}</section>`;
    const v = decide(`<p>${'The council met. '.repeat(12)}</p>${box}`, (t) => (t === 'Are there other limits?' || t.startsWith('The council') ? null : removed));
    expect(v.get('Are there other limits?')?.rule).toBe('box:odd-one-out');
    expect(v.get('Are there other limits?')?.reason).toBe('paywall');
  });
  it('stays when its box keeps another block, or lost fewer than four', () => {
    const box = `<section>${faq.map((q) => `<p>${q}</p>`).join('')}</section>`;
    const kept = decide(box, (t) => (t === 'Are there other limits?' || t.startsWith('What happens') ? null : removed));
    expect(kept.get('Are there other limits?')).toBeNull();
    const small = decide(`<div><p>The works begin in May.</p><p>Advert</p><p>Advert two</p></div><p>${'The council met. '.repeat(12)}</p>`, (t) => (t.startsWith('Advert') ? removed : null));
    expect(small.get('The works begin in May.')).toBeNull();
  });
});

describe('a list of rubric links above the text', () => {
  it('goes', () => {
    const rubrics = '<ul><li><a href="https://gazette.example/politics/">Politics</a></li><li><a href="https://gazette.example/unions/">Unions</a></li></ul>';
    const r = runHtml(page(rubrics + prose(3)));
    expect(r.article!.html).not.toContain('>Politics<');
    expect(r.removed.filter((x) => x.rule === 'links:rubric').map((x) => x.text)).toEqual(['Politics', 'Unions']);
  });
  it('stays when its links lead into the page (a table of contents), or when an item has words of its own', () => {
    const toc = '<ul><li><a href="#costs">Costs</a></li><li><a href="#risks">Risks</a></li></ul>';
    const mixed = '<ul><li><a href="https://gazette.example/politics/">Politics</a></li><li>The vote is on Monday at the town hall</li></ul>';
    const sections = prose(3) + '<h2 id="costs">Costs</h2>' + prose(1, 'cost') + '<h2 id="risks">Risks</h2>' + prose(1, 'risk');
    expect(runHtml(page(toc + sections)).article!.html).toContain('href="#costs"');
    expect(runHtml(page(mixed + sections)).article!.html).toContain('>Politics<');
  });
});

describe('small furniture the exports printed', () => {
  it('drops a picture\'s zoom control (an icon linked to the picture the figure shows)', () => {
    const fig = '<figure><div><p><img src="https://img.example/flag.jpg" alt="The flag"></p><p><a href="https://img.example/flag.jpg"><img src="https://img.example/icon_scale.svg" alt="Enlarge"></a></p></div><figcaption>The flag, in May.</figcaption></figure>';
    const r = runHtml(page(fig + prose(3)));
    expect(r.article!.html).not.toContain('icon_scale.svg');
    expect(r.article!.html).toContain('flag.jpg');
    expect(toMarkdown(r)).not.toContain('Enlarge');
  });
  it('drops an empty quotation (an embed\'s shell), so the Markdown has no bare ">"', () => {
    const r = runHtml(page(prose(2) + '<blockquote class="embed">  <a href="https://social.example/p/1"></a> </blockquote>' + prose(2, 'ferry strike')));
    expect(toMarkdown(r)).not.toMatch(/^>\s*$/m);
  });
  it('reads a control\'s badge as part of its line ("Post Comment (+)", "Comments (12)")', () => {
    const r = runHtml(page(prose(4) + '<hr><div><p><span>Post Comment</span> <span>(+)</span></p></div>'));
    expect(r.removed.find((x) => x.text === 'Post Comment (+)')?.reason).toBe('comments');
  });
});

describe('the lead of a page that prints its furniture first', () => {
  it('loses the headline printed again as a heading after a flash label, an address and a byline', () => {
    const lead = '<h2>BREAKING NEWS</h2><p><a href="https://gazette.example/a/1">https://gazette.example/a/1</a></p><p>By Jane Roe, Gazette Writer</p><p>Updated 3:27 am, November 20, 2019</p><h2>Harbour wall approved</h2>';
    const html = runHtml(page(lead + prose(4), { title: 'Harbour wall approved' })).article!.html;
    expect(html).not.toMatch(/<h2>Harbour wall approved<\/h2>/);
  });
  it('prints a picture\'s credit once, and a credit under each of two pictures twice', () => {
    const gallery = '<ul><li><img src="https://img.example/a.jpg" alt="The mayor">Photo: John Roe, Gazette</li></ul><p>Photo: John Roe, Gazette</p><p>Photo: John Roe, Gazette</p>';
    const two = '<figure><img src="https://img.example/b.jpg" alt="Quay"><figcaption>Photo: Ann Poe</figcaption></figure><figure><img src="https://img.example/c.jpg" alt="Ferry"><figcaption>Photo: Ann Poe</figcaption></figure>';
    const html = runHtml(page(gallery + prose(3) + two + prose(2, 'ferry strike'))).article!.html;
    expect(html.match(/Photo: John Roe, Gazette/g)?.length).toBe(1);
    expect(html.match(/Photo: Ann Poe/g)?.length).toBe(2);
    const links = '<p><a href="https://gazette.example/a">link</a></p><p><a href="https://gazette.example/b">link</a></p>';
    expect(runHtml(page(prose(3) + links + prose(1, 'ferry strike'))).article!.html.match(/>link</g)?.length).toBe(2);
  });
});
