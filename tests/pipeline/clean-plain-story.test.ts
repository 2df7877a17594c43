import { describe, it, expect } from 'vitest';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { cleanArticle } from '../../lib/clean/index';
import { decideAll } from '../../lib/clean/layout';
import { blockFeatures, structuralFeatures } from '../../lib/clean/features';
import { lazyScore, score, shippedModel, type Model } from '../../lib/clean/classifier';
import { segmentBlocks } from '../../lib/blocks';
import { parse } from './helpers';

// Most of an article is paragraphs of story. A paragraph of prose is removed only on evidence of a structural kind
// (links, class names, payment details, the site's name, copies), so cleaning reads those few features first and
// keeps a paragraph without any without scoring its words (hundreds of n-grams: most of a cold page's work).
const story = [
  'The harbour wall will be finished by the spring, two months later than planned, the council said on Tuesday after a long and at times bitter debate about its cost to the town.',
  'Engineers told the committee that the storms of the winter had washed away part of the old foundations, which had to be rebuilt from the bedrock up before any other work could go on.',
  'Residents who live along the quay said they were relieved, although several asked why the delay had not been announced earlier in the year, when the first cracks were found.',
];
const SITE = { name: 'Harbour Gazette', url: 'https://harbourgazette.example/news/wall' };

const bodyOf = (inner: string): Element => parse(`<html><body><div id="root">${inner}</div></body></html>`).getElementById('root')!;
const paragraphs = (list: string[]) => bodyOf(list.map((t) => `<p>${t}</p>`).join(''));
const clean = (body: Element, model: Model) => cleanArticle(body, { model, siteName: SITE.name, url: SITE.url });

/** The shipped model, counting the weights read. */
function counting(): Model & { reads: number } {
  const m = shippedModel();
  const c = { bias: m.bias, reads: 0, weight: (i: number) => { c.reads++; return m.weight(i); } };
  return c;
}

describe('paragraphs of story without structural evidence', () => {
  it('are kept without reading a single weight', () => {
    const refusing: Model = { bias: 0, weight: () => { throw new Error('scored'); } };
    const out = clean(paragraphs(story), refusing);
    expect(out.removed).toEqual([]);
    expect(out.text).toBe(story.join('\n\n'));
  });

  it('with a link in one, read only that paragraph\'s few link features, and keep it', () => {
    const m = counting();
    const linked = `${story[1]} <a href="/news/2026/01/old-wall-report">The engineers' report</a> is online.`;
    const out = clean(paragraphs([story[0]!, linked, story[2]!]), m);
    expect(out.removed).toEqual([]);
    expect(m.reads).toBeGreaterThan(0);
    expect(m.reads).toBeLessThan(10);
  });
});

describe('decisions with scores read when asked for', () => {
  it('are the decisions the whole scores give, appeals and boxes included', () => {
    const body = bodyOf([
      ...story.map((t) => `<p>${t}</p>`),
      '<div class="donate-box"><h3>Support the Harbour Gazette</h3>',
      '<p>The Harbour Gazette is funded by its readers. Give €5 a month or €50 a year and keep independent local news free for everyone in the town and beyond. <a href="https://www.paypal.com/donate?id=1">Donate now</a></p>',
      '<p>Bank transfer: DE89 3704 0044 0532 0130 00</p></div>',
      `<p>${story[0]}</p>`,
    ].join(''));
    const infos = blockInfos(segmentBlocks(body), body, { site: siteInfo(SITE.name, SITE.url) });
    const eager = decideAll(infos, infos.map((b) => score(blockFeatures(b))), body);
    const lazy = decideAll(infos, infos.map((b) => lazyScore(() => score(blockFeatures(b)), () => score(structuralFeatures(b)))), body);
    expect(lazy).toEqual(eager);
    expect(eager.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('score once, on first read, and the structural part adds up as the whole score\'s', () => {
    const body = bodyOf(`<p>${story[0]} <a href="https://www.paypal.com/donate">Give €5 a month.</a></p>`);
    const [b] = blockInfos([{ el: body.firstElementChild!, text: body.textContent ?? '' }], body, { site: siteInfo(SITE.name, SITE.url) });
    let n = 0;
    const lazy = lazyScore(() => { n++; return score(blockFeatures(b!)); }, () => score(structuralFeatures(b!)));
    const whole = score(blockFeatures(b!));
    for (const g of ['links', 'markup', 'payment', 'form', 'self', 'repetition'] as const) expect(lazy.structural?.[g]).toBe(whole.by[g]);
    expect(n).toBe(0);
    expect(lazy.p).toBe(whole.p);
    expect(lazy.by).toEqual(whole.by);
    expect(n).toBe(1);
  });
});

// A section heading between the story's paragraphs went on its words and its shape alone (review 23: La Vanguardia's
// subhead "Un mensaje ES-Alert “hubiera generado más confusión”, dice Moreno", removed as "other").
describe('a section heading of the story', () => {
  it('stays when only its words and shape speak against it', () => {
    // Every weight the same: words and shape (the kinds any line has) say "boilerplate", no structural kind does.
    const eager: Model = { bias: 0, weight: () => 0.3 };
    const heading = 'A warning by text message “would have confused people”, the mayor says';
    const body = bodyOf(`<p>${story[0]}</p><p>${story[1]}</p><h2 class="epigraph">${heading}</h2><p>${story[2]}</p>`);
    const out = clean(body, eager);
    expect(out.removed.map((r) => r.text)).not.toContain(heading);
    expect(out.text).toContain(heading);
  });
});
