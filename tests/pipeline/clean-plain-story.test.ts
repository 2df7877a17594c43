import { describe, it, expect } from 'vitest';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { cleanArticle } from '../../lib/clean/index';
import { blockFeatures } from '../../lib/clean/features';
import { lazyScore, score, type Model } from '../../lib/clean/classifier';
import { parse } from './helpers';

// Most of an article is plain paragraphs of story. Cleaning keeps them without reading their score or their words
// (the cold cost of a page is mostly per block); any block with evidence of the kinds prose is removed on (links,
// class names, payment details, the site's name, copies) still takes the classifier.
const story = [
  'The harbour wall will be finished by the spring, two months later than planned, the council said on Tuesday after a long and at times bitter debate about its cost to the town.',
  'Engineers told the committee that the storms of the winter had washed away part of the old foundations, which had to be rebuilt from the bedrock up before any other work could go on.',
  'Residents who live along the quay said they were relieved, although several asked why the delay had not been announced earlier in the year, when the first cracks were found.',
];

function bodyOf(inner: string): Element {
  return parse(`<html><body><div id="root">${inner}</div></body></html>`).getElementById('root')!;
}
function infosOf(body: Element) {
  return blockInfos(Array.from(body.children).map((el) => ({ el, text: el.textContent ?? '' })), body, { site: siteInfo('Harbour Gazette', 'https://harbourgazette.example/news/wall') });
}

/** A model that fails when asked for any weight: a block scored under it breaks the test. */
const refusing: Model = { bias: 0, weight: () => { throw new Error('scored'); } };

describe('plain paragraphs of story', () => {
  it('are known as plain: long prose, no links, no payment detail, the site not named, found once', () => {
    const body = bodyOf(story.map((t) => `<p>${t}</p>`).join(''));
    expect(infosOf(body).map((b) => b.plain)).toEqual([true, true, true]);
  });

  it('are not plain with a link, an amount, the site\'s name, a copy, a class-name hint, or as a heading or a short line', () => {
    const [a, b] = story;
    const body = bodyOf([
      `<p>${a} <a href="/news/other-story">More here.</a></p>`,
      `<p>${b} Give €5 a month to keep it going.</p>`,
      `<p>${b} The Harbour Gazette asked the council why.</p>`,
      `<p>${a}</p>`, `<p>${a}</p>`,
      `<div class="newsletter-signup"><p>${b} Sign up.</p></div>`,
      `<h2>${a}</h2>`,
      '<p>The council said so.</p>',
    ].join(''));
    expect(infosOf(body).map((x) => x.plain)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('are kept without scoring them', () => {
    const body = bodyOf(story.map((t) => `<p>${t}</p>`).join(''));
    const out = cleanArticle(body, { model: refusing });
    expect(out.removed).toEqual([]);
    expect(out.text).toBe(story.join('\n\n'));
  });
});

describe('a score read when asked for', () => {
  it('is computed once, on first read, and is the classifier\'s score', () => {
    const infos = infosOf(bodyOf(story.map((t) => `<p>${t}</p>`).join('')));
    let n = 0;
    const lazy = lazyScore(() => { n++; return score(blockFeatures(infos[0]!)); });
    expect(n).toBe(0);
    const eager = score(blockFeatures(infos[0]!));
    expect(lazy.p).toBe(eager.p);
    expect(lazy.by).toEqual(eager.by);
    expect(lazy.logit).toBe(eager.logit);
    expect(n).toBe(1);
  });
});
