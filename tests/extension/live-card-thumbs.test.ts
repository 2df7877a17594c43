// @vitest-environment jsdom
// Clean on the live page: a teaser card inside the story's body whose thumbnail Readability kept while it dropped the
// card's text (a headline linked to another story and its author line). Once the card's text is hidden, its
// thumbnail goes with it; a story photo, with a caption or without, stays.
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../lib/page/snapshot';
import { locateArticle, planHiding } from '../../lib/page';
import { fingerprint } from '../../lib/fingerprint';

const P = [
  'The city council approved the cable car line on Tuesday evening after a debate that lasted more than four hours.',
  'Construction of the first station near the lake district is due to begin next spring, the planning office said.',
];
const card = (n: number, href: string) => `
  <div class="teaser-box" id="box${n}"><div class="card" id="card${n}">
    <div class="thumb"><picture id="pic${n}"><img id="img${n}" src="/img/teaser-${n}.jpg" alt="The developer markets a new plot by the lake."></picture></div>
    <div class="text" id="text${n}"><a href="${href}"><strong>Lake district: is the developer preparing the cable car now?</strong></a>
      <div><span class="text-caption">By Jane Meier</span></div></div>
  </div></div>`;
const PAGE = `<main><article>
  <h1 id="h">Council approves the cable car line to the lake district</h1>
  <div class="body" id="body">
    <figure id="lead"><img id="leadimg" src="/img/cable-car.jpg" alt="The cable car over the lake"><figcaption id="leadcap">How the station could look.</figcaption></figure>
    <p id="p0">${P[0]}</p>
    <h3 id="label">Also of interest</h3>
    ${card(1, '/city/article1234567/lake-district-developer.html')}
    <p id="p1">${P[1]}</p>
    <div class="plain"><img id="bare" src="/img/station-site.jpg" alt="The station site"></div>
  </div>
</article></main>`;

const OTHER_STORY = '/city/article1234567/lake-district-developer.html';

/** The article as the pipeline leaves it on this page: everything but the card's text and its label. */
function plan(href = OTHER_STORY) {
  document.body.innerHTML = PAGE.replace(OTHER_STORY, href);
  const snap = snapshotPage(document);
  const n = (id: string) => snap.elements.indexOf(document.getElementById(id)!);
  const kept = ['body', 'lead', 'leadimg', 'leadcap', 'p0', 'box1', 'pic1', 'img1', 'p1', 'bare'].map(n);
  const map = { extracted: [...kept, n('label'), n('text1')], kept, story: [fingerprint(P[0]!), fingerprint(P[1]!)] };
  const a = locateArticle(snap.elements, map, { title: 'Council approves the cable car line to the lake district' })!;
  const steps = planHiding(document, a, new Map([[fingerprint('Also of interest'), 'duplicate']]));
  return (id: string) => steps.some((s) => s.el.contains(document.getElementById(id)));
}

describe('a teaser card whose thumbnail the article kept', () => {
  it('hides the thumbnail with the card once the card text is hidden', () => {
    const covered = plan();
    expect(covered('text1')).toBe(true);
    expect(covered('img1')).toBe(true);
  });

  it('keeps the story photos, with a caption or without, and the story text', () => {
    const covered = plan();
    for (const id of ['leadimg', 'leadcap', 'bare', 'p0', 'p1', 'h']) expect(covered(id)).toBe(false);
  });

  it('keeps a picture whose hidden neighbour links to no other story (no card: nothing says it is a teaser)', () => {
    const covered = plan('#comments');
    expect(covered('img1')).toBe(false);
  });
});
