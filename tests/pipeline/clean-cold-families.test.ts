// Cleaning runs cold, once a page, and V8 compiles a function whole when it is first called. Rules that act on few
// pages (rubric lists above the text, the same line twice, teasers set like a removed related link) are asked a
// cheap question first: on a plain story they are never called; where they have something to do they still act.
import { describe, expect, it, vi } from 'vitest';
import { cleanArticle } from '../../lib/clean/index';
import { hasConfidentRelated } from '../../lib/clean/sibling-teasers';
import { PageBlocks } from '../../lib/blocks';
import { parse } from './helpers';

const spied = vi.hoisted(() => ({} as Record<string, ReturnType<typeof vi.fn>>));
vi.mock('../../lib/clean/residue', async (load) => {
  const m = await load<typeof import('../../lib/clean/residue')>();
  return { ...m, applyRubricLists: (spied.applyRubricLists = vi.fn(m.applyRubricLists)), applyRepeatedLines: (spied.applyRepeatedLines = vi.fn(m.applyRepeatedLines)) };
});
vi.mock('../../lib/clean/sibling-teasers', async (load) => {
  const m = await load<typeof import('../../lib/clean/sibling-teasers')>();
  return { ...m, siblingTeasers: (spied.siblingTeasers = vi.fn(m.siblingTeasers)) };
});

const story = [
  'The ferry to the island will run twice a day from May, the operator said on Monday after a winter of complaints from the people who live there.',
  'A second boat, bought from a company in the north, is being refitted in the yard at the harbour and should be ready before the summer season starts.',
  'Islanders said the new timetable would let children reach the school on the mainland without leaving home before dawn, as many have had to do.',
];
const clean = (html: string) => {
  const body = parse(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
  for (const f of Object.values(spied)) f.mockClear();
  return cleanArticle(body, { page: new PageBlocks(body), siteName: 'Island News', url: 'https://islandnews.example/ferry' });
};
const called = () => Object.entries(spied).filter(([, f]) => f.mock.calls.length).map(([k]) => k).sort();

describe('rule families gated before they are called', () => {
  it('a plain story calls none of them, and stays whole', () => {
    const out = clean(story.map((t) => `<p>${t}</p>`).join(''));
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual([]);
  });

  it('a credit printed twice still reaches its rule', () => {
    const out = clean(`${story.map((t) => `<p>${t}</p>`).join('')}<p>Photo: Island News</p><p>Photo: Island News</p>`);
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual(['applyRepeatedLines']);
    expect(out.removed.map((r) => r.rule)).toEqual(['duplicate:next']);
  });

  it('teasers are looked for only beside a related link removed with confidence', () => {
    const related = { reason: 'related' as const, rule: 'links:teaser', score: 0.95, strong: false, evidence: [] };
    expect(hasConfidentRelated([null, related])).toBe(true);
    expect(hasConfidentRelated([null, { ...related, score: 0.7 }])).toBe(false);
    expect(hasConfidentRelated([{ ...related, meta: true }])).toBe(false);
  });
});
