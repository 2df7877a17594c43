// A live blog's box of the morning's headlines ("9:00 - The main news this morning" over lines that repeat later
// entries' headings) is one decision: when its heading or a line went, the lines it keeps, each a headline the page
// prints again, go too, rather than stand as loose paragraphs between the entries. A box that keeps a line of its own
// (no repeat), or a sentence, stays as cleaning left it. And a lead-in heading whose box of links cleaning removed
// goes, but not one over a box of headings of its own.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { segmentBlocks } from '../../lib/blocks';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { headlineBoxes } from '../../lib/clean/headline-box';
import { applyLeftoverLabels } from '../../lib/clean/leftover-labels';
import type { Verdict, Verdicts } from '../../lib/clean/decide';

const infosOf = (html: string) => {
  const body = parse(`<html><body><div id="b">${html}</div></body></html>`).getElementById('b')!;
  return blockInfos(segmentBlocks(body), body, { site: siteInfo(null, null) });
};
const removedBy = (rule: string): Verdict => ({ reason: 'other', rule, score: 0.9, strong: false, evidence: ['test'] });
/** Verdicts with the blocks whose text starts with one of `starts` removed. */
const verdicts = (infos: ReturnType<typeof infosOf>, ...starts: string[]): Verdicts =>
  infos.map((b) => (starts.some((s) => b.s.text.startsWith(s)) ? removedBy('classifier') : null));
const entry = (time: string, head: string, topic: string) => `<p><strong>${time} - ${head}</strong></p>${prose(1, topic)}`;

describe('a box of headlines, part removed', () => {
  const blog = (box: string) => `${entry('9:05', 'Stocks open higher in Paris', 'stocks')}${box}` +
    `${entry('8:25', 'Olympic village officially opens its gates', 'village')}${entry('7:29', 'Car sales in Europe rose in the first half', 'cars')}`;
  const box = (third = 'Olympic village officially opens its gates') =>
    `<div class="inset"><h3>9:00 - The main news this morning</h3><p>&gt; Car sales in Europe rose in the first half</p><p>${third}</p><p>&gt; Senator sets out his vision in Milwaukee</p></div>`;

  it('goes whole when every line it keeps repeats a headline of the page (English)', () => {
    const infos = infosOf(blog(box()));
    const v = headlineBoxes(infos, verdicts(infos, '9:00 - The main', '> Senator'), 'Live: the day in business');
    const rules = infos.map((b, k) => [b.s.text, v[k]?.rule ?? null]);
    expect(rules).toContainEqual(['> Car sales in Europe rose in the first half', 'box:headlines']);
    expect(rules).toContainEqual(['Olympic village officially opens its gates', 'box:headlines']);
    // The entries whose headings the box repeated stay.
    expect(rules).toContainEqual(['8:25 - Olympic village officially opens its gates', null]);
    expect(infos.filter((b, k) => b.s.text.startsWith('Paragraph') && v[k])).toHaveLength(0);
  });

  it('goes whole in another language, a line repeating the page title', () => {
    const fr = `${entry('9h05', 'La Bourse de Paris ouvre dans le vert', 'bourse')}<div><h3>9h00 - Les principales infos de ce matin</h3>` +
      `<p>» Europe : les ventes de voitures progressent</p><p>Le Village olympique ouvre ses portes</p><p>» Un sénateur trace sa vision</p></div>` +
      `${entry('8h25', 'Le Village olympique ouvre ses portes', 'village')}`;
    const infos = infosOf(fr);
    const v = headlineBoxes(infos, verdicts(infos, '9h00', '» Un sénateur'), 'Europe : les ventes de voitures progressent');
    expect(infos.filter((b, k) => v[k]?.rule === 'box:headlines').map((b) => b.s.text))
      .toEqual(['» Europe : les ventes de voitures progressent', 'Le Village olympique ouvre ses portes']);
  });

  it('stays as left when its lines repeat plain lines, fields of a template (a buying guide\'s specs)', () => {
    const spec = (n: number) => `<ul class="specs"><li>Draws ${n}00W when it runs on full power</li><li>Holds ${n}5kg of washing</li><li>Three year guarantee from the maker</li></ul>`;
    const infos = infosOf(`${prose(2)}${spec(3)}${prose(1, 'airer')}${spec(1)}`);
    const v = headlineBoxes(infos, verdicts(infos, 'Draws', 'Holds'), null);
    expect(v.some((x) => x?.rule === 'box:headlines')).toBe(false);
  });

  it('stays as left when a kept line is its own, or a sentence', () => {
    const own = infosOf(blog(box('Traders expect a calm week')));
    expect(headlineBoxes(own, verdicts(own, '9:00 - The main', '> Senator'), null).some((x) => x?.rule === 'box:headlines')).toBe(false);
    const sentence = infosOf(blog(box('Olympic village officially opens its gates. Athletes said they were pleased with the rooms, the food and the transport.')));
    expect(headlineBoxes(sentence, verdicts(sentence, '9:00 - The main', '> Senator'), null).some((x) => x?.rule === 'box:headlines')).toBe(false);
  });
});

describe('a lead-in heading', () => {
  it('goes when the box of links it announced was removed, and stays over a box of headings of its own', () => {
    const links = `<h3>To miss nothing of the politics today:</h3><div class="also"><p><a href="/politics/live-2026-01-05">The politics live blog</a></p></div><h3>The day's events</h3>${prose(2)}`;
    const infos = infosOf(links);
    const v = verdicts(infos, 'The politics live blog');
    applyLeftoverLabels(infos, v);
    expect(v[0]?.rule).toBe('heading:lead-in');
    const timeline = `${prose(1)}<h3>Timeline:</h3><div class="timeline"><h3>1998</h3>${prose(1, 'study')}<h3>2026</h3>${prose(1, 'vote')}</div>`;
    const t = infosOf(timeline);
    const tv = verdicts(t);
    applyLeftoverLabels(t, tv);
    expect(tv.every((x) => !x)).toBe(true);
  });
});
