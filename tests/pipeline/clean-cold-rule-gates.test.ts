// Rules that act on a handful of pages in 296 (link runs, the odd line out of a removed box, zoom controls, banners,
// a player's small print, cards' thumbnails, the rest of a list of promoted links, promo boxes) are asked a cheap
// necessary condition at their call site (so do tag lists, tip lines and owner notes): cleaning runs cold, once a page, and V8 compiles a function whole at its
// first call. A plain story calls none of them; each condition is checked on random pages and verdicts: where it
// says no, its rule leaves the verdicts as they were.
import { describe, expect, it, vi } from 'vitest';
import { blockInfos, siteInfo, type BlockInfo } from '../../lib/clean/context';
import { hasLinkRuns, applyLinkRuns } from '../../lib/clean/layout';
import { applyOddOneOut, applyZoomControls, hasOddCandidates, hasZoomCandidates } from '../../lib/clean/residue';
import { applyBannerPictures } from '../../lib/clean/banner-picture';
import { keptLinkedPicture } from '../../lib/clean/lone-picture';
import { hasLateDateLine, playerPrint } from '../../lib/clean/player-print';
import { cardPictures } from '../../lib/clean/card-picture';
import { hasCampaignItems, listRests } from '../../lib/clean/list-rest';
import { mayHoldPromoBox, promoBoxes } from '../../lib/clean/promo-box';
import { mayHoldTags, tagLists } from '../../lib/clean/tag-list';
import { mayHoldTipLine, tipLines } from '../../lib/clean/tip-line';
import { mayHoldOwnerNote, ownerNotes } from '../../lib/clean/owner-note';
import type { Verdict, Verdicts } from '../../lib/clean/decide';
import { PageBlocks, segmentBlocks } from '../../lib/blocks';
import { parse } from './helpers';
import { ferryStory, spiedCleanRun } from './cold-clean-run';

const { spied, spy } = vi.hoisted(() => {
  const spied = {} as Record<string, ReturnType<typeof vi.fn>>;
  const spy = <T extends Record<string, unknown>>(m: T, names: string[]) => ({ ...m, ...Object.fromEntries(names.map((n) => [n, (spied[n] = vi.fn(m[n] as (...a: unknown[]) => unknown))])) });
  return { spied, spy };
});
vi.mock('../../lib/clean/residue', async (load) => spy(await load<Record<string, unknown>>(), ['applyOddOneOut', 'applyZoomControls']));
vi.mock('../../lib/clean/banner-picture', async (load) => spy(await load<Record<string, unknown>>(), ['applyBannerPictures']));
vi.mock('../../lib/clean/player-print', async (load) => spy(await load<Record<string, unknown>>(), ['playerPrint']));
vi.mock('../../lib/clean/card-picture', async (load) => spy(await load<Record<string, unknown>>(), ['cardPictures']));
vi.mock('../../lib/clean/list-rest', async (load) => spy(await load<Record<string, unknown>>(), ['listRests']));
vi.mock('../../lib/clean/promo-box', async (load) => spy(await load<Record<string, unknown>>(), ['promoBoxes']));
vi.mock('../../lib/clean/tag-list', async (load) => spy(await load<Record<string, unknown>>(), ['tagLists']));
vi.mock('../../lib/clean/tip-line', async (load) => spy(await load<Record<string, unknown>>(), ['tipLines']));
vi.mock('../../lib/clean/owner-note', async (load) => spy(await load<Record<string, unknown>>(), ['ownerNotes']));

const story = ferryStory;
const { clean, called } = spiedCleanRun(spied);

describe('rare rules gated at their call sites', () => {
  it('a plain story with its photo and a list calls none of them, and stays whole', () => {
    const out = clean(`<figure><img src="boat.jpg" width="600" height="400" alt="The boat"><figcaption>The new boat in the yard.</figcaption></figure>
      ${story.map((t) => `<p>${t}</p>`).join('')}<ul><li>Two crossings a day</li><li>A second boat</li></ul>`);
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual([]);
  });

  it('a banner linked to a page and a date line after the first paragraph still reach their rules', () => {
    const out = clean(`${story.map((t) => `<p>${t}</p>`).join('')}<div><a href="https://shop.example/offer"><img src="werbung_3.jpg" width="900" height="200" alt="werbung_3"></a></div>
      <p>14 hours ago</p>`);
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual(['applyBannerPictures', 'playerPrint']);
    expect(out.removed.map((r) => r.rule)).toContain('media:banner');
  });
});

// A seeded generator (mulberry32): the same random pages at every run.
function rng(seed: number) {
  return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const PIECES = [
  ...story.map((t, k) => `<p>${t} ${story[(k + 1) % story.length]}</p>`),
  '<p><a href="/news/one">Storm closes the pier</a></p>', '<p><a href="/news/two">Bus fares</a></p>', '<p><a href="#top">Top</a></p>', '<li><a href="/news/three">Tides</a></li>',
  '<a href="/story/ferry"><img src="card.jpg" width="900" height="200" alt="Storm closes the pier for a week"></a>',
  '<div><a href="https://ads.example/go"><img src="banner_7.jpg" width="970" height="250" alt="banner_7"></a></div>',
  '<img src="plain.jpg" width="600" height="400" alt="Harbour">',
  '<figure><img src="big.jpg"><p><a href="big.jpg"><img src="zoom.png"></a></p><figcaption>The pier.</figcaption></figure>',
  '<p>14 hours ago</p>', '<p>Duration 1:30</p>', '<p>12 May 2024, 10:30</p>', '<p>Current Issue</p>', '<h3>More news</h3>',
  '<li><a href="/offers?utm_campaign=spring">Spring offers</a></li>', '<li><a href="https://islandnews.example/x?utm_campaign=a">Our shop</a></li>',
  '<li>Two crossings a day</li>', '<p>Photo: Island News</p>',
  '<p><a href="/tag/ferries">Ferries</a>, <a href="/tag/island">Island</a>, <a href="/tag/boats">Boats</a></p>', '<p><a href="/tag/ferries">Ferries</a></p>',
  '<blockquote><p>Tips? Write to <a href="mailto:tips@islandnews.example">tips@islandnews.example</a>, Island News</p></blockquote>',
  '<p>© Island News 2026</p>',
];
const BOXES = [['<div>', '</div>'], ['<figure>', '</figure>'], ['<ul>', '</ul>'], ['<aside>', '</aside>'], ['', '']];
const REMOVED: Verdict[] = [
  { reason: 'related', rule: 'links:teaser', score: 0.9, strong: false, evidence: [] },
  { reason: 'advert', rule: 'classifier', score: 0.9, strong: false, evidence: [] },
  { reason: 'byline', rule: 'meta:byline', score: 0.9, strong: false, meta: true, evidence: [] },
];

function randomPage(r: () => number): Element {
  const parts: string[] = [];
  for (let n = 4 + Math.floor(r() * 12); n > 0; n--) {
    const box = BOXES[Math.floor(r() * BOXES.length)]!;
    const inner = Array.from({ length: 1 + Math.floor(r() * 3) }, () => PIECES[Math.floor(r() * PIECES.length)]!).join('');
    parts.push(`${box[0]}${inner}${box[1]}`);
  }
  // The page prints its label and a headline outside the story too (its menus), so that lines can stand on the page.
  return parse(`<html><body><nav><p>Current Issue</p><p>Storm closes the pier for a week</p></nav><div id="root">${parts.join('')}</div></body></html>`).getElementById('root')!;
}

const snapshot = (v: Verdicts) => JSON.stringify(v);

describe('each gate is a necessary condition of its rule (random pages and verdicts)', () => {
  const host = 'islandnews.example', url = 'https://islandnews.example/ferry';
  type Case = { infos: BlockInfo[]; v: Verdicts; root: Element; page: PageBlocks };
  const rules: [string, (c: Case) => boolean, (c: Case) => Verdicts][] = [
    ['link runs', (c) => hasLinkRuns(c.infos, c.v), (c) => { const v = [...c.v]; applyLinkRuns(c.infos, v); return v; }],
    ['odd one out', (c) => hasOddCandidates(c.infos, c.v), (c) => { const v = [...c.v]; applyOddOneOut(c.infos, v, c.root); return v; }],
    ['zoom controls', (c) => hasZoomCandidates(c.infos, c.v), (c) => { const v = [...c.v]; applyZoomControls(c.infos, v); return v; }],
    ['banners', (c) => keptLinkedPicture(c.infos, c.v), (c) => { const v = [...c.v]; applyBannerPictures(c.infos, v); return v; }],
    ['cards', (c) => keptLinkedPicture(c.infos, c.v), (c) => cardPictures(c.infos, c.v, c.page, { url, title: 'Ferry' })],
    ["a player's print", (c) => hasLateDateLine(c.infos, c.v), (c) => playerPrint(c.infos, c.v)],
    ['list rests', (c) => hasCampaignItems(c.infos, c.v, host), (c) => listRests(c.infos, c.v, host)],
    ['promo boxes', (c) => mayHoldPromoBox(c.infos, c.v), (c) => promoBoxes(c.infos, c.v, c.root)],
    ['tag lists', (c) => mayHoldTags(c.infos, c.v), (c) => tagLists(c.infos, c.v, host, ['Ann', 'Lee'])],
    ['tip lines', (c) => mayHoldTipLine(c.infos, c.v), (c) => tipLines(c.infos, c.v, host)],
    ['owner notes', (c) => mayHoldOwnerNote(c.infos, c.v), (c) => ownerNotes(c.infos, c.v, () => ['island', 'news'])],
  ];

  it('where a gate says no, its rule changes nothing; each gate says yes somewhere', () => {
    const r = rng(8);
    const said = new Map<string, number>(rules.map(([n]) => [n, 0]));
    const wrong: string[] = [];
    for (let i = 0; i < 300; i++) {
      const root = randomPage(r);
      const page = new PageBlocks(root.ownerDocument.body);
      const infos = blockInfos(segmentBlocks(root), root, { site: siteInfo('Island News', url), page });
      for (let j = 0; j < 4; j++) {
        const v: Verdicts = infos.map(() => (r() < 0.5 ? null : REMOVED[Math.floor(r() * REMOVED.length)]!));
        const c = { infos, v, root, page };
        for (const [name, gate, rule] of rules) {
          if (gate(c)) { said.set(name, said.get(name)! + 1); continue; }
          const before = snapshot(v);
          if (snapshot(rule(c)) !== before || snapshot(v) !== before) wrong.push(`${name}: page ${i}, verdicts ${j}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    for (const [name, n] of said) expect(n, name).toBeGreaterThan(0);
  });
});
