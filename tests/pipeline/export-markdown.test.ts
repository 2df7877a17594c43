// Markdown export (the CLI's and the extension's "Save Markdown"): hostile pages give Markdown that renders no
// HTML and follows no unsafe link; front matter any YAML reader reads back as written; tables, headings, bylines
// as a reader expects.
import { describe, it, expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toMarkdown, frontMatter, isoTimestamp } from '../../lib/export';
import { cleanByline } from '../../lib/byline';
import type { Report } from '../../lib/types';
import { runHtml, page, prose } from './helpers';

/** A Report around an article body, as the pipeline makes it (the clean stage leaves these bodies whole). */
function report(html: string, over: Partial<Report['article']> = {}, url: string | null = 'https://paper.example/2026/01/05/harbour/'): Report {
  return {
    url, isArticle: true, articleScore: 1, reasons: [], removed: [], quotes: [], parties: [],
    timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
    article: { title: 'Harbour wall approved', byline: null, siteName: null, publishedTime: null, lang: 'en', excerpt: null, text: '', html, ...over },
  };
}
const body = (md: string) => md.slice(md.indexOf('\n# ') + 1);

describe('Markdown from a hostile page', () => {
  it('keeps escaped markup as text: no raw HTML comes out of it', () => {
    const md = body(toMarkdown(report('<p>Escaped &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt; &amp;lt; too</p>')));
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
    expect(md).toContain('\\&lt; too');
  });

  it.each([
    'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd', 'jav&#x61;script:alert(1)',
  ])('drops the unsafe address %j and keeps the link words', (href) => {
    const html = `<p>Read <a href="${href.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">the report</a> now.</p>`;
    const md = body(toMarkdown(report(html)));
    expect(md).toContain('Read the report now.');
    expect(md).not.toMatch(/\]\(/);
    expect(md.toLowerCase()).not.toMatch(/script:|data:text/);
  });

  it('drops unsafe image sources, keeps data: pictures and escapes alt text', () => {
    const html = '<p><img src="javascript:alert(1)" alt="a"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="b">' +
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="c]](javascript:alert(1))"></p>';
    const md = body(toMarkdown(report(html)));
    expect(md).toBe('# Harbour wall approved\n\n![c\\]\\](javascript:alert(1))](data:image/png;base64,iVBORw0KGgo=)\n');
  });

  it('makes relative links absolute against the article address, and keeps them relative without one', () => {
    const html = '<p><a href="/2026/other (story)">other</a> <img src="pics/a b.jpg" alt="A"></p>';
    expect(body(toMarkdown(report(html)))).toContain('[other](https://paper.example/2026/other%20\\(story\\)) ![A](https://paper.example/2026/01/05/harbour/pics/a%20b.jpg)');
    expect(body(toMarkdown(report(html, {}, null)))).toContain('[other](</2026/other%20\\(story\\)>) ![A](<pics/a%20b.jpg>)');
  });

  it('escapes the title in the # heading and keeps it on one line', () => {
    const md = toMarkdown(report('<p>x</p>', { title: '# Breaking:\n<img src=x onerror=alert(1)> *now*\r\n[link](javascript:x)' }));
    const heading = md.split('\n').find((l) => l.startsWith('# '))!;
    expect(heading).toBe('# \\# Breaking: \\<img src=x onerror=alert(1)> \\*now\\* \\[link\\](javascript:x)');
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it('drops forbidden elements whole (no script or style text in the Markdown)', () => {
    const md = body(toMarkdown(report('<p>Kept.</p><script>alert(1)</script><style>p{}</style><form><input value="x"><button>Go</button></form><iframe src="https://t.example/"></iframe>')));
    expect(md).toBe('# Harbour wall approved\n\nKept.\n');
  });
});

describe('front matter', () => {
  const tricky = ['Breaking: news', 'On', 'yes', '0x1F', '1e3', '0o17', '12:30', '~', 'null', '- dash', '#tag', '"quoted" and \'single\'', 'two\nlines', ' lead', '@handle', '2026-01-05'];
  it.each(tricky)('writes the title %j so that YAML 1.1 and 1.2 readers read it back as the same string', (title) => {
    const fm = frontMatter(report('<p>x</p>', { title, siteName: title, byline: title }));
    const yaml = fm.replace(/^---\n/, '').replace(/---\n$/, '');
    const expected = title.replace(/\s+/g, ' ').trim();
    for (const version of ['1.1', '1.2'] as const) {
      const back = parseYaml(yaml, { version });
      expect(back.title).toBe(expected);
      expect(back.site).toBe(expected);
    }
  });

  it('names a site that signs as itself once, as the site, in every format', async () => {
    const { toPlainText } = await import('../../lib/export');
    const own = report('<p>x</p>', { byline: 'Harbour.news', siteName: 'Harbour.news' }, 'https://harbour.news/a/1');
    expect(parseYaml(frontMatter(own).replace(/^---\n|---\n$/g, ''))).toMatchObject({ site: 'Harbour.news' });
    expect(frontMatter(own)).not.toContain('byline');
    expect(toPlainText(own)).not.toContain('Harbour.news · Harbour.news');
    // A person, or the site's name without a site declared, stays the byline.
    expect(frontMatter(report('<p>x</p>', { byline: 'Jane Doe', siteName: 'Harbour.news' }))).toContain('byline: "Jane Doe"');
    expect(frontMatter(report('<p>x</p>', { byline: 'harbour.news' }, 'https://harbour.news/a/1'))).toContain('byline: "harbour.news"');
  });

  it('holds the parties, key quotes and removals as YAML data', () => {
    const r = report('<p>x</p>', { byline: 'By Jane Doe', publishedTime: '2026-01-05T10:00:00Z' });
    r.parties = [{ name: 'Yes', type: 'organization', aliases: [], description: null, roles: [], mentions: 2, salience: 1 }];
    r.quotes = [{ text: 'We will: not "back" down', speaker: null, speakerMention: null, key: true, kind: 'full', start: 0, end: 1 }];
    r.removed = [{ text: 'Donate', reason: 'donation', rule: 'x', fingerprint: 'f', index: 0, tag: 'p', html: '<p>Donate</p>' }];
    const back = parseYaml(frontMatter(r).slice(4, -4), { version: '1.1' });
    expect(back).toEqual({
      title: 'Harbour wall approved', url: 'https://paper.example/2026/01/05/harbour/', byline: 'Jane Doe', published: '2026-01-05T10:00:00Z', lang: 'en',
      parties: [{ name: 'Yes', type: 'organization' }], key_quotes: [{ text: 'We will: not "back" down', speaker: null }], removed_blocks: 1,
    });
  });

  it('writes the publication date as an RFC 3339 timestamp where the site wrote one loosely', () => {
    expect(isoTimestamp('2025-01-13T10:22:29+0100')).toBe('2025-01-13T10:22:29+01:00');
    expect(isoTimestamp('2024-04-30 16:00:34 +02:00')).toBe('2024-04-30T16:00:34+02:00');
    expect(isoTimestamp('2024-08-08T08:00Z')).toBe('2024-08-08T08:00:00Z');
    expect(isoTimestamp('2024-08-08T08:00:00.123-05')).toBe('2024-08-08T08:00:00.123-05:00');
    expect(isoTimestamp('2024-08-22')).toBe('2024-08-22');
    expect(isoTimestamp('Tue, 3 Dec 2024 21:00')).toBe('Tue, 3 Dec 2024 21:00');
    const r = report('<p>x</p>', { publishedTime: '2024-04-30 16:00:34 +02:00' });
    expect(parseYaml(frontMatter(r).slice(4, -4)).published).toBe('2024-04-30T16:00:34+02:00');
  });

  it('says when the story was updated: `updated` in the front matter, both dates in the text and HTML header', async () => {
    const { toPlainText, toHtml } = await import('../../lib/export');
    const r = report('<p>x</p>', { publishedTime: '2012-05-10T09:00:00Z', updatedTime: '2026-04-24T08:30:00Z', text: 'x', lang: 'en-GB' });
    expect(parseYaml(frontMatter(r).slice(4, -4)).updated).toBe('2026-04-24T08:30:00Z');
    expect(toPlainText(r).split('\n')[1]).toBe('10 May 2012, updated 24 April 2026');
    expect(toHtml(r, (h) => h)).toContain('<time datetime="2012-05-10T09:00:00Z">10 May 2012</time>, updated <time datetime="2026-04-24T08:30:00Z">24 April 2026</time>');
    expect(parseYaml(frontMatter(report('<p>x</p>', { publishedTime: '2012-05-10T09:00:00Z' })).slice(4, -4))).not.toHaveProperty('updated');
  });

  it('carries the standfirst as description and the credit lines as a list', () => {
    const r = report('<p>x</p>', { standfirst: 'The council voted\nafter a long debate.', credits: ['With files from The Associated Press'] });
    const back = parseYaml(frontMatter(r).slice(4, -4));
    expect(back.description).toBe('The council voted after a long debate.');
    expect(back.credits).toEqual(['With files from The Associated Press']);
    expect(parseYaml(frontMatter(report('<p>x</p>', {})).slice(4, -4))).not.toHaveProperty('credits');
  });

  it("falls back to the page's own summary (the excerpt) for the description, when it reads as one", () => {
    const desc = (over: Partial<Report['article']>) => parseYaml(frontMatter(report('<p>x</p>', over)).slice(4, -4)).description;
    const summary = 'The ferry kept running through the storm. The island never lost its link.';
    expect(desc({ excerpt: summary })).toBe(summary);
    expect(desc({ excerpt: `<p>${summary} </p>` })).toBe(summary); // markup the site escaped into it
    expect(desc({ excerpt: summary, standfirst: 'The council voted after a long debate.' })).toBe('The council voted after a long debate.');
    expect(desc({ excerpt: 'Harbour News' })).toBeUndefined(); // a label
    expect(desc({ excerpt: 'Harbour wall approved by the council today', title: 'Harbour wall approved by the council today' })).toBeUndefined();
    expect(desc({ excerpt: 'The Harbour and Island Evening News Company Ltd', siteName: 'The Harbour and Island Evening News Company Ltd' })).toBeUndefined();
    expect(desc({ excerpt: `${summary} `.repeat(12) })).toBeUndefined(); // a whole paragraph of the story
  });

  it('gives back the letters a description lost where it is the story\'s opening without its drop cap', () => {
    const desc = (over: Partial<Report['article']>) => parseYaml(frontMatter(report('<p>x</p>', over)).slice(4, -4)).description;
    const text = 'Environmentalists have cautioned against a pipeline planned along the coast, saying it crosses a park.';
    expect(desc({ text, excerpt: 'nvironmentalists have cautioned against a pipeline planned along the coast, saying…' }))
      .toBe('Environmentalists have cautioned against a pipeline planned along the coast, saying…');
    // A summary of its own that the text quotes later on is left as written.
    const later = `The council met. ${text}`;
    expect(desc({ text: later, excerpt: 'nvironmentalists have cautioned against a pipeline planned along the coast.' }))
      .toBe('nvironmentalists have cautioned against a pipeline planned along the coast.');
  });

  it("gives no description that is about something else than the story (the site's slogan on every page)", () => {
    const desc = (over: Partial<Report['article']>) => parseYaml(frontMatter(report('<p>x</p>', over)).slice(4, -4)).description;
    const text = 'The ferry to the island kept running through the storm on Tuesday. Its crew said the harbour wall held.';
    expect(desc({ text, excerpt: 'Bringing the Harbour to the World and the World to the Harbour' })).toBeUndefined();
    const summary = 'The island ferry kept its crossings through Tuesday storm; the crew praised the wall.';
    expect(desc({ text, excerpt: summary })).toBe(summary);
    expect(desc({ text, excerpt: '港湾の壁が嵐の中でも持ちこたえたと乗組員が語った。島へのフェリーは運航を続けた。' })).toBeDefined(); // no words set apart: not judged
  });

  it('shows a key quote without the comma that joined it to the sentence around ("…past 40 years,” she said)', () => {
    const r = report('<p>x</p>', {});
    r.quotes = [
      { text: 'The harbour has not changed in the past 40 years,', speaker: 'Ana Ruiz', speakerMention: null, key: true, kind: 'full', start: 0, end: 1 },
      { text: 'Will it hold?', speaker: 'Ana Ruiz', speakerMention: null, key: true, kind: 'full', start: 2, end: 3 },
    ];
    const back = parseYaml(frontMatter(r).slice(4, -4), { version: '1.2' });
    expect(back.key_quotes.map((q: { text: string }) => q.text)).toEqual(['The harbour has not changed in the past 40 years', 'Will it hold?']);
  });

  it('lists the popup\'s key quotes in its order, and says who a described speaker is', () => {
    const r = report('<p>x</p>', {});
    r.quotes = [
      { text: 'The wall was built in a hurry and it shows', speaker: 'Ana Ruiz', speakerMention: null, key: true, score: 1.2, kind: 'full', start: 0, end: 1 },
      { text: 'Nobody asked the fishermen what they needed', speaker: null, speakerMention: 'one harbour worker', key: true, score: 1.9, kind: 'full', start: 2, end: 3 },
    ];
    const back = parseYaml(frontMatter(r).slice(4, -4), { version: '1.2' });
    expect(back.key_quotes).toEqual([
      { text: 'Nobody asked the fishermen what they needed', speaker: null, speaker_described: 'one harbour worker' },
      { text: 'The wall was built in a hurry and it shows', speaker: 'Ana Ruiz' },
    ]);
  });

  it('joins a key quote split by its attribution, as the popup shows it', () => {
    const r = report('<p>x</p>', {});
    r.article!.text = '“The wall was built in a hurry,” Ana Ruiz said, “and it shows.”';
    r.quotes = [
      { text: 'The wall was built in a hurry,', speaker: 'Ana Ruiz', speakerMention: null, key: true, score: 1, kind: 'full', start: 1, end: 31 },
      { text: 'and it shows.', speaker: 'Ana Ruiz', speakerMention: null, key: true, score: 1, kind: 'continuation', start: 48, end: 61 },
    ];
    const back = parseYaml(frontMatter(r).slice(4, -4), { version: '1.2' });
    expect(back.key_quotes).toEqual([{ text: 'The wall was built in a hurry … and it shows.', speaker: 'Ana Ruiz' }]);
  });

  it('leaves out an address that is not a web address', () => {
    expect(frontMatter(report('<p>x</p>', {}, 'javascript:alert(1)'))).not.toMatch(/url:|javascript/);
  });
});

describe('Markdown a reader expects', () => {
  it("heads the document with the headline, the site's name apart (as the popup and the reader show it)", () => {
    const r = report('<p>Kept.</p>', { title: 'Council approves harbour wall - The Kelby Gazette', siteName: 'The Kelby Gazette' });
    const md = toMarkdown(r);
    expect(md).toContain('\n# Council approves harbour wall\n');
    expect(parseYaml(md.split('---\n')[1]!).title).toBe('Council approves harbour wall');
  });

  it('writes a picture in an indented <figure> as an image with its caption, never as an indented code block', () => {
    const html = `<p>Before.</p>\n    <figure>\n\n        <picture>\n            <!--[if IE 9]><video><![endif]-->\n            <source type="image/webp" srcset="https://img.example/a.webp">\n            <source type="image/jpg" srcset="https://img.example/a.jpg">\n            <img src="https://img.example/a.jpg" alt="The harbour">\n        </picture>\n        <figcaption>The new wall. Photo: Kelby Gazette</figcaption>\n    </figure>\n<p>After.</p>`;
    const md = body(toMarkdown(report(html)));
    expect(md).toMatch(/^!\[The harbour\]\(https:\/\/img\.example\/a\.jpg\)$/m);
    expect(md).toContain('The new wall. Photo: Kelby Gazette');
    expect(md).not.toMatch(/^ {4,}\S/m);
  });

  it('writes tables as GFM tables, with or without a header row, spans and short rows filled', () => {
    const md = body(toMarkdown(report('<table><tr><td>Port</td><td>Ferries</td><td>Pay | rise</td></tr><tr><td colspan="2">Kelby and Arn</td><td>4%</td></tr>' +
      '<tr><td>Skell</td></tr><tr><td><p>two</p><p>paragraphs</p></td><td>a<br>b</td><td></td></tr></table>')));
    expect(md).toBe('# Harbour wall approved\n\n| Port | Ferries | Pay \\| rise |\n| --- | --- | --- |\n| Kelby and Arn | | 4% |\n| Skell | | |\n| two paragraphs | a b | |\n');
  });

  it('writes a table with a <thead> under its header row', () => {
    const md = body(toMarkdown(report('<table><thead><tr><th>Year</th><th>Crossings</th></tr></thead><tbody><tr><td>2025</td><td>1,204</td></tr></tbody></table>')));
    expect(md).toContain('| Year | Crossings |\n| --- | --- |\n| 2025 | 1,204 |');
  });

  it('reads a table inside a table, and a table without rows, as text', () => {
    const md = body(toMarkdown(report('<table><tr><td>Outer</td><td><table><tr><td>inner</td><td>cells</td></tr></table></td></tr></table><table><p>No rows</p></table>')));
    expect(md).toBe('# Harbour wall approved\n\n| Outer | inner cells |\n| --- | --- |\n\nNo rows\n');
  });

  it('writes headings without bold markers and on one line', () => {
    const md = body(toMarkdown(report('<h3><strong>What happens next</strong></h3><h2>Two<br>lines</h2><p><strong>Bold</strong> in text stays.</p>')));
    expect(md).toBe('# Harbour wall approved\n\n### What happens next\n\n## Two lines\n\n**Bold** in text stays.\n');
  });

  it('keeps the last paragraphs after malformed markup', () => {
    for (const bad of ['<xmp>', '<noembed>', '<noframes>', '<plaintext>', '<p>un<b>closed<i>', '<table><p>', '</div></div></article>']) {
      const r = runHtml(page(prose(4) + bad + '<p>Middle paragraph on the quay closure and its costs for the town.</p><p>The last paragraph says the works start in spring.</p>'));
      expect(toMarkdown(r), bad).toContain('The last paragraph says the works start in spring.');
    }
  });
});

describe('scaling', () => {
  // Small and large timed in turn, five times, the least of each kept, in CPU time of this process (wall time on a
  // loaded machine mostly measures the wait for a core): 16 times the rows take about 16 times the time when the
  // work is linear, 256 times when it is quadratic.
  const table = (rows: number) => `<table>${Array.from({ length: rows }, (_, i) => `<tr><td>Row ${i}</td><td colspan="2">${i * 3} crossings</td></tr>`).join('')}</table>`;
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  it('turns a table 16 times as long into Markdown in about 16 times the time, not 256', () => {
    const small = report(table(250)), large = report(table(4_000));
    toMarkdown(small); // warm up
    const best = { small: Infinity, large: Infinity };
    for (let round = 0; round < 5; round++) for (const k of ['small', 'large'] as const) {
      const t = cpu();
      toMarkdown(k === 'small' ? small : large);
      best[k] = Math.min(best[k], cpu() - t);
    }
    expect(best.large / best.small).toBeLessThan(64);
  }, 120_000);
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'en', 'Jane Doe'], ['by Jane Doe and John Roe', null, 'Jane Doe and John Roe'], ['BY: Jane Doe', 'en-GB', 'Jane Doe'],
    ['Von Hans Müller', 'de', 'Hans Müller'], ['Par Marie Curie', 'fr', 'Marie Curie'], ['Di Luigi Rossi', 'it', 'Luigi Rossi'],
    ['Di Maio', 'it', 'Di Maio'], ['Jane Doe', 'en', 'Jane Doe'], ['Bystander Jones', 'en', 'Bystander Jones'], ['By  \n Jane', 'en', 'Jane'],
  ])('%j (%s) reads %j', (byline, lang, expected) => {
    expect(cleanByline(byline, lang)).toBe(expected);
  });
});

describe('datelines in Markdown', () => {
  it('writes a dateline set in small print in italics, and leaves other small text alone', async () => {
    const { htmlToMarkdown } = await import('../../lib/export-markdown');
    const md = htmlToMarkdown('<p><small>Politics / January 11, 2024</small></p><p>Text with <small>a note</small> inside.</p>');
    expect(md).toContain('_Politics / January 11, 2024_');
    expect(md).toContain('Text with a note inside.');
  });
});
