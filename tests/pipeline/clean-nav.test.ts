// A <nav> box that Readability keeps inside the article (a site menu in the story's header) is navigation by the
// markup's own word, in any language; a table of contents' in-page links in a <nav> stay (the writer's outline).
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

describe('blocks in a <nav> box', () => {
  it('removes a menu left inside the article', () => {
    const nav = '<nav><ul><li><small><a href="/kryssord/">Dagens kryssord</a></small></li></ul></nav>';
    const r = runHtml(page(prose(2) + nav + prose(3, 'sea wall')));
    expect(r.removed.find((x) => x.text === 'Dagens kryssord')?.rule).toBe('markup:nav');
    expect(r.article!.html).not.toContain('Dagens kryssord');
  });

  it('keeps a table of contents of in-page links', () => {
    const toc = '<nav><ol><li><a href="#costs">The costs of the wall</a></li><li><a href="#risks">The risks the engineers see</a></li></ol></nav>';
    const r = runHtml(page(toc + prose(2) + '<h2 id="costs">The costs of the wall</h2>' + prose(2, 'costs') + '<h2 id="risks">The risks the engineers see</h2>' + prose(2, 'risks')));
    expect(r.removed.some((x) => x.rule === 'markup:nav')).toBe(false);
  });
});
