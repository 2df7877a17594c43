// An author's card after the story's end goes (lib/clean/author-card.ts). (perfcold4 skipped the pictures of a page
// whose last block is a story paragraph; clean27 found cards whose own note reads as a story paragraph, so that gate
// went at the merge.)
import { describe, expect, it } from 'vitest';
import { authorCards } from '../../lib/clean/author-card';
import { authorLines } from '../../lib/clean/author-line';
import { called } from './called';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { segmentBlocks } from '../../lib/blocks';
import { parse } from './helpers';

const para = (n: number) => `<p>Paragraph ${n}: the harbour wall was rebuilt over the winter, the council said on Tuesday, after storms had washed away part of its old foundations and the work had to start again.</p>`;
const infosOf = (html: string) => {
  const body = parse(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
  return blockInfos(segmentBlocks(body), body, { site: siteInfo('Harbour Gazette', 'https://harbourgazette.example/news/wall', 'Bea Lindqvist') });
};
const avatar = '<div class="who"><figure><img width="64" height="64" src="/authors/bea.jpg" alt="Bea Lindqvist"></figure><p>Reporter at the harbour desk.</p></div>';

describe('author cards, looked for after the story only', () => {
  it('a card after the story still goes', () => {
    const infos = infosOf(`${para(1)}${para(2)}${avatar}`);
    const out = authorCards(infos, infos.map(() => null), 'Bea Lindqvist');
    expect(out.filter((x) => x?.rule === 'media:author-card').length).toBe(2);
  });
});

describe("the author's card and lines: their bodies entered only where there is something to judge", () => {
  it('a story with a byline and no card or foot line enters neither body (V8 compiles a function whole when entered)', () => {
    const infos = infosOf(`${para(1)}${para(2)}`);
    const fns = called('/lib/clean/', () => {
      expect(authorCards(infos, infos.map(() => null), 'Bea Lindqvist').every((x) => !x)).toBe(true);
      expect(authorLines(infos, infos.map(() => null), undefined).every((x) => !x)).toBe(true);
    });
    expect(['authorCards', 'authorLines'].filter((f) => fns.has(f))).toEqual(['authorCards', 'authorLines']);
    expect(['markCard', 'authorTail'].filter((f) => fns.has(f))).toEqual([]);
    const withCard = infosOf(`${para(1)}${para(2)}${avatar}`);
    expect(called('/lib/clean/', () => authorCards(withCard, withCard.map(() => null), 'Bea Lindqvist')).has('markCard')).toBe(true);
  });
});
