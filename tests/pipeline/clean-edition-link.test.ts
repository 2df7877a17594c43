// A translated story's furniture: cards of other stories inside the story ("Lest auch" over a thumbnail whose link
// the card's box carries itself, its headline dropped by Readability), printed twice, and the closing line sending
// the reader to the original on the site's edition in another country. Both leave the reader view; a label the story
// prints once over its own photo, and a closing line citing a source on another site, stay.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { cleanArticle } from '../../lib/clean/index';
import { segmentBlocks } from '../../lib/blocks';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { editionLinks } from '../../lib/clean/edition-link';

const url = 'https://harbourgazette.de/wirtschaft/hafenmauer-2026/';
const run = (inner: string) => cleanArticle(parse(`<html><body><div id="b">${inner}</div></body></html>`).getElementById('b')!, { url });
const card = (label: string, n: number) => `<figure><p>${label}</p><div href="https://harbourgazette.de/wirtschaft/story-${n}/"><p><img src="/thumbs/story-${n}-200x200.jpg" width="200" height="200" alt=""></p></div></figure>`;

describe("cards of other stories, their label printed twice", () => {
  it('go, label and thumbnail, after a paragraph or a heading of the story (German)', () => {
    const c = run(`${prose(2)}${card('Lest auch', 1)}<h3>Die Schulden</h3>${prose(2, 'quay')}<h3>Die Folgen</h3>${card('Lest auch', 2)}`);
    expect(c.text).not.toContain('Lest auch');
    expect(c.body.innerHTML).not.toContain('story-1-200x200');
    expect(c.body.innerHTML).not.toContain('story-2-200x200');
    expect(c.removed.filter((x) => x.rule === 'box:promo')).toHaveLength(4);
    expect(c.text).toContain('Paragraph 2 about the quay');
  });

  it('stay when the label is printed once (English)', () => {
    const c = run(`${prose(2)}${card('The engineers at the quay', 1)}${prose(2, 'quay')}`);
    expect(c.body.textContent).toContain('The engineers at the quay');
    expect(c.body.innerHTML).toContain('story-1-200x200');
  });
});

describe("the closing line to the site's other edition", () => {
  // The rule alone, on the blocks as cleaning reads them (the classifier may take such a line by its words too).
  const lastRule = (html: string) => {
    const body = parse(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b')!;
    const infos = blockInfos(segmentBlocks(body), body, { site: siteInfo(null, url) });
    const v = editionLinks(infos, infos.map(() => null), 'harbourgazette.de');
    return v[infos.length - 1]?.rule ?? null;
  };

  it('goes in any language, and a closing line citing another site or this one stays', () => {
    expect(lastRule(`${prose(3)}<p><em>Lest den Originalartikel auf Englisch <a href="https://www.harbourgazette.com/economy/harbour-wall-2026-1">hier</a>.</em></p>`)).toBe('links:other-edition');
    expect(lastRule(`${prose(3)}<p>Lisez l'article original <a href="https://harbourgazette.fr/economie/mur">ici</a>.</p>`)).toBe('links:other-edition');
    expect(lastRule(`${prose(3)}<p>Read the full report <a href="https://www.portauthority.example/report-2026">here</a>.</p>`)).toBeNull();
    expect(lastRule(`${prose(3)}<p>More on the wall <a href="https://harbourgazette.de/thema/hafen/">here</a>.</p>`)).toBeNull();
    // A paragraph of the story that links the other edition is no closing note.
    expect(lastRule(`${prose(3)}${prose(1, 'edition').replace('</p>', ' <a href="https://harbourgazette.com/x">Our US edition</a> reported it first.</p>')}`)).toBeNull();
  });
});
