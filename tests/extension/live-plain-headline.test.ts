// @vitest-environment jsdom
// A headline that is no heading tag (`<dl><dt>`, a styled <div>): the element whose text is the article's title is
// the headline wherever it stands, and Clean never hides it (lib/page/article.ts, plainHeadlineOf).
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR } from '../../lib/page/hide';
import { snapshotDocument, snapshotPage } from '../../lib/page/snapshot';
import { mappingOptions, scrubReport } from '../../lib/page/article-map';
import { hideOutsideArticle, locateArticle } from '../../lib/page';
import { runPipeline } from '../../lib/pipeline';

const TITLE = 'Island crossings cut to four a day as the overtime ban begins';
const P = [
  'Ferry services to the outer islands were cut to four crossings a day on Friday as an overtime ban by the ferry workers’ union began, leaving hundreds of commuters queuing at the harbour before dawn.',
  'The union said the ban would last until the port authority returned to talks about pay, which collapsed on Tuesday after eleven hours of negotiation at the authority’s offices on the quay.',
  'Island councillors said the cut would hit patients travelling to the mainland hospital hardest, and asked both sides to agree at least an emergency timetable for medical appointments and school runs.',
  'The port authority said it regretted the disruption and remained open to talks, but that the union’s demands would add more than four million to the ferry budget over the next three years.',
];
const $ = (id: string) => document.getElementById(id)!;
const isHidden = (el: Element) => !!el.closest(`[${HIDDEN_ATTR}]`);

function clean(body: string) {
  document.head.innerHTML = `<title>${TITLE} - Northgate Courier</title>`;
  document.body.innerHTML = body;
  const snap = snapshotPage(document);
  const { opts, map } = mappingOptions({ url: 'https://northgate.example/news/view.php?idx=1', force: true, inPlace: true });
  const report = scrubReport(runPipeline(snapshotDocument(document, snap), opts));
  const article = locateArticle(snap.elements, map, { title: report.article?.title, byline: report.article?.byline });
  expect(article).not.toBeNull();
  hideOutsideArticle(document, article!, report.removed);
  return article!;
}

const BODY = `<div class="top"><a href="/"><img src="/logo.png" width="200" height="60" alt="Northgate Courier"></a>
  <ul class="menu"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></div>
  <table class="layout"><tr><td class="main">
    <dl class="newsTitle" id="title"><dt id="dt">${TITLE}</dt></dl>
    Posted: [ 2025-10-14 15:24 ]
    <div class="newsArticle">${P.map((p) => `<p>${p}</p>`).join('')}</div>
  </td><td class="side"><div class="most-read"><b>Most read</b><ul>
    <li><a id="teaser" href="/news/view.php?idx=1">${TITLE}</a></li>
    <li><a href="/news/view.php?idx=2">Harbour wall repairs approved after a long wait</a></li></ul></div></td></tr></table>`;

describe('a headline that is no heading tag', () => {
  it('is found as the headline and never hidden: the <dt> whose text is the title, not a teaser link repeating it', () => {
    const article = clean(BODY);
    expect(isHidden($('dt'))).toBe(false);
    expect(article.headline).toBe($('dt'));
    expect(article.protect).not.toContain($('teaser'));
  });

  it('leaves a real heading that reads as the title the headline, over a plain copy of it', () => {
    const article = clean(BODY.replace('<dl class="newsTitle" id="title">', `<h1 id="h1">${TITLE}</h1><dl class="newsTitle" id="title">`));
    expect(article.headline).toBe($('h1'));
  });
});
