// An author's card stands after the story's end (lib/clean/author-card.ts): a page whose last block is the story's
// own paragraph has none, and its blocks' pictures are not looked at for an avatar (cleaning runs cold, once a page).
import { describe, expect, it, vi } from 'vitest';
import { authorCards } from '../../lib/clean/author-card';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { segmentBlocks } from '../../lib/blocks';
import { parse } from './helpers';

const spied = vi.hoisted(() => ({} as Record<string, ReturnType<typeof vi.fn>>));
vi.mock('../../lib/clean/lone-picture', async (load) => {
  const m = await load<typeof import('../../lib/clean/lone-picture')>();
  return { ...m, lonePicture: (spied.lonePicture = vi.fn(m.lonePicture)) };
});

const para = (n: number) => `<p>Paragraph ${n}: the harbour wall was rebuilt over the winter, the council said on Tuesday, after storms had washed away part of its old foundations and the work had to start again.</p>`;
const infosOf = (html: string) => {
  const body = parse(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
  return blockInfos(segmentBlocks(body), body, { site: siteInfo('Harbour Gazette', 'https://harbourgazette.example/news/wall', 'Bea Lindqvist') });
};
const avatar = '<div class="who"><figure><img width="64" height="64" src="/authors/bea.jpg" alt="Bea Lindqvist"></figure><p>Reporter at the harbour desk.</p></div>';

describe('author cards, looked for after the story only', () => {
  it('a story that ends the page: no picture is looked at', () => {
    const infos = infosOf(`${avatar}${para(1)}${para(2)}`);
    spied.lonePicture!.mockClear();
    const v = infos.map(() => null);
    expect(authorCards(infos, v, 'Bea Lindqvist')).toEqual(v);
    expect(spied.lonePicture).not.toHaveBeenCalled();
  });

  it('a card after the story still goes', () => {
    const infos = infosOf(`${para(1)}${para(2)}${avatar}`);
    const out = authorCards(infos, infos.map(() => null), 'Bea Lindqvist');
    expect(out.filter((x) => x?.rule === 'media:author-card').length).toBe(2);
  });
});
