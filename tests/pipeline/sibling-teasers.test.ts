// A line set exactly like a related link removed from the same story (one link, the same markup) is related too; the
// story's paragraphs, and a link line set otherwise, stay.
import { describe, it, expect } from 'vitest';
import { parse } from './helpers';
import { siblingTeasers } from '../../lib/clean/sibling-teasers';
import type { BlockInfo } from '../../lib/clean/context';
import type { Verdict } from '../../lib/clean/decide';

const doc = parse('<body></body>');
/** A block as the clean stage sees it, with only what the rule reads. */
function block(html: string, links: number, linkDensity: number): BlockInfo {
  const el = doc.createElement('div');
  el.innerHTML = html;
  const p = el.firstElementChild!;
  const text = p.textContent ?? '';
  return { s: { el: p, text, words: text.split(/\s+/), links, linkDensity, caption: false } } as unknown as BlockInfo;
}
const related: Verdict = { reason: 'related', rule: 'links:teaser', score: 0.97, strong: false, evidence: [] };

describe('sibling teasers', () => {
  it('removes a one-link line in the markup of a removed related link, and keeps the others', () => {
    const infos = [
      block('<p><a href="/a"><strong>COUNCIL OPENS INQUIRY INTO HARBOUR COSTS</strong></a></p>', 1, 1),
      block('<p>The council met on Monday and heard the engineers on the harbour wall, its costs and its risks.</p>', 0, 0),
      block('<p><a href="/b"><strong>WHAT THE NEW FERRY TIMETABLE MEANS FOR YOU</strong></a></p>', 1, 1),
      block('<p><a href="/c">Read the engineers\' full report on the harbour</a></p>', 1, 1),
      block('<p>The mayor <a href="/d"><strong>said</strong></a> the works start in May after the vote.</p>', 1, 0.05),
    ];
    const v = siblingTeasers(infos, [related, null, null, null, null]);
    expect(v[0]).toBe(related);
    expect(v[2]?.reason).toBe('related');
    expect(v[2]?.rule).toBe('links:same-markup');
    expect([v[1], v[3], v[4]]).toEqual([null, null, null]);
  });

  it('changes nothing without a removed related link, or when that removal was not a confident one', () => {
    const infos = [block('<p><a href="/b"><strong>WHAT THE NEW FERRY TIMETABLE MEANS</strong></a></p>', 1, 1)];
    expect(siblingTeasers(infos, [null])).toEqual([null]);
    const pair = [block('<p><a href="/a"><strong>COUNCIL OPENS INQUIRY</strong></a></p>', 1, 1), infos[0]!];
    expect(siblingTeasers(pair, [{ ...related, score: 0.7 }, null])[1]).toBeNull();
  });
});
