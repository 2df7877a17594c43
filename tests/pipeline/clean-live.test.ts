// Faults a reader saw after Clean and in the reader (issue 8, look5), each on invented markup: a site that marks its
// own story with a paywall class, spec lists repeated across a buying guide, a table of contents with shop links.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose, parse } from './helpers';
import { segmentBlocks } from '../../lib/blocks';
import { blockInfos, siteInfo } from '../../lib/clean/context';

/** Prose paragraphs wearing the given class (a site's mark on the story's own elements). */
const marked = (n: number, cls: string, topic: string) => prose(n, topic).replace(/<p>/g, `<p class="${cls}">`);

describe('a class name the story itself wears', () => {
  it('is no evidence against the story\'s headings, lists and product names', () => {
    const body = marked(3, 'paywall', 'tent') +
      '<div role="heading" aria-level="4" class="paywall">Specs:</div><ul class="paywall"><li>Weight: 2 pounds</li><li>Fill: 650 down</li><li>Seats: two</li></ul>' +
      '<div class="paywall"><h2 class="paywall">The best tent for families</h2></div><div class="product-name">Trailhead Family 6</div>' +
      marked(3, 'paywall', 'family tent');
    const r = runHtml(page(body));
    const gone = r.removed.map((x) => x.text);
    expect(gone).not.toContain('Specs:');
    expect(gone).not.toContain('Fill: 650 down');
    expect(gone).not.toContain('Trailhead Family 6');
    expect(r.article!.text).toContain('Weight: 2 pounds');
  });
  it('still counts where the story does not wear it', () => {
    const hintOf = (body: string) => {
      const doc = parse(`<html><body><div id="story">${body}</div></body></html>`);
      const root = doc.getElementById('story')!;
      const infos = blockInfos(segmentBlocks(root), root, { site: siteInfo(null, null) });
      return infos.find((b) => b.s.text === 'Subscribe to read on')!.s.hint;
    };
    const notice = '<div class="paywall"><p>Subscribe to read on</p></div>';
    expect(hintOf(prose(4) + notice)).toBe('paywall');
    expect(hintOf(marked(4, 'paywall', 'tent') + notice)).toBe(null);
  });
});

describe('a buying guide', () => {
  it('keeps its table of contents whose points open with a link to a section and add a shop link', () => {
    const toc = '<h3>Table of Contents</h3><ul>' + ['hikers:Best for Hikers:Ridge 2', 'families:Best for Families:Trailhead Family 6', 'budget:Best Budget Tent:Camp 3', 'kids:Best for Kids:Cub 1']
      .map((x) => x.split(':')).map(([id, label, name]) => `<li><a href="#${id}"><strong>${label}:</strong></a> <a href="https://shop.example/p/${id}">${name}</a></li>`).join('') + '</ul>';
    const r = runHtml(page(prose(2, 'tents') + toc + prose(3, 'tent poles')));
    expect(r.removed.map((x) => x.text)).toEqual([]);
    expect(r.article!.text).toContain('Best for Kids: Cub 1');
  });
  it('keeps spec lists whose lines recur under other products (fields of a template, not a repeated box)', () => {
    const specs = (temp: string, comfort: string, fill: string) =>
      `<p>Specs:</p><ul><li><em>Temp rating:</em> <strong>${temp}</strong></li><li><em>Comfort rating:</em> <strong>${comfort}</strong></li><li><em>Fill:</em> <strong>${fill}</strong></li></ul>`;
    const body = prose(2, 'down bags') + specs('15°F/-9°C', '26°F/-3°C', '650 Fill Power Down') + prose(2, 'car camping') +
      specs('15°F/-9°C', '21°F/-6°C', '650 Fill Power Down') + prose(2, 'quilts') + specs('45°F / 7°C', '45°F / 7°C', 'Synthetic') + prose(1, 'kids');
    const r = runHtml(page(body));
    expect(r.removed.map((x) => x.text)).toEqual([]);
    expect(r.article!.text.match(/Temp rating: 15°F\/-9°C/g)).toHaveLength(2);
  });
  it('still loses an appeal box printed twice, whole', () => {
    const appeal = '<div class="box"><h3>Keep our reporting free</h3><p>Give what you can: IBAN DE89 3704 0044 0532 0130 00</p></div>';
    const r = runHtml(page(prose(2) + appeal + prose(3, 'ferry strike') + appeal + prose(1, 'bus lanes')));
    expect(r.removed.filter((x) => x.text.startsWith('Give what you can')).length).toBe(2);
  });
});

describe('the placeholder of an embed that waits for consent', () => {
  const placeholder = (attrs = 'data-props=\'{"url":"https://podcasts.example.org/ep/91"}\'') =>
    `<div class="b4" ${attrs}><div class="n1"><p class="n2">Recommended content</p><p>Here our editors have chosen external content that adds to the article. You can show it or hide it again with one click.</p>` +
    '<input id="t1" type="checkbox" class="visually-hidden"><label for="t1">Show external content</label>' +
    '<p class="n3">I agree that external content is shown to me. Personal data may be passed to third-party platforms; see the privacy settings.</p></div></div>';
  it('goes whole, as a consent notice, by its structure (a toggle, no media, another site\'s address)', () => {
    const r = runHtml(page(prose(2) + placeholder() + prose(3, 'storm surge')), { url: 'https://news.example/2026/storm.html' });
    const gone = r.removed.filter((x) => x.rule === 'embed:consent');
    expect(gone.map((x) => x.text)).toEqual(['Recommended content', expect.stringContaining('Here our editors'), 'Show external content', expect.stringContaining('I agree that')]);
    expect(gone.every((x) => x.reason === 'cookie')).toBe(true);
    expect(r.article!.text).not.toContain('external content');
    expect(r.article!.html).not.toContain('data-cp-consent');
    expect(r.article!.text).toContain('Paragraph 3 about the storm surge');
  });
  it('stays where the box names no other site, or shows the embed', () => {
    const own = runHtml(page(prose(2) + placeholder('data-props=\'{"url":"https://news.example/2026/other.html"}\'') + prose(3, 'storm surge')), { url: 'https://news.example/2026/storm.html' });
    expect(own.removed.filter((x) => x.rule === 'embed:consent')).toEqual([]);
    const shown = placeholder().replace('<input', '<iframe src="https://podcasts.example.org/ep/91" width="600" height="200"></iframe><input');
    const withEmbed = runHtml(page(prose(2) + shown + prose(3, 'storm surge')), { url: 'https://news.example/2026/storm.html' });
    expect(withEmbed.removed.filter((x) => x.rule === 'embed:consent')).toEqual([]);
  });
});

describe('a pull quote with the speaker\'s portrait', () => {
  it('keeps its attribution line in the text, as in the reader (it names the speaker, it is no photo caption)', () => {
    const pull = '<div class="pq"><blockquote>We know that warm seas put more moisture into the air.</blockquote><div><figure><img src="https://img.example/rowe.jpg" width="80" height="80" alt=""></figure></div>' +
      '<p><strong>Sam Rowe</strong>, deputy director of the climate programme</p></div>';
    const r = runHtml(page(prose(2) + pull + prose(3, 'sea temperatures')));
    expect(r.article!.text).toContain('Sam Rowe, deputy director of the climate programme');
    const caption = runHtml(page(prose(2) + '<div><div><figure><img src="https://img.example/quay.jpg" width="800" height="500" alt=""></figure></div><p>The quay at dawn</p></div>' + prose(3, 'sea temperatures')));
    expect(caption.article!.text).not.toContain('The quay at dawn');
  });
});
