// Cleaning runs cold, once a page, and V8 compiles a function whole when it is first called, even one that returns
// on its first line. Rules that do nothing on most pages (an emptied tail, skip links, inset teasers, pull-quote
// credits, rubric lists above the text, the same line twice, teasers set like a removed related link) are asked a
// cheap question first (lib/clean/layout.ts): on a plain story they are never called; where they have something to
// do they still act.
import { describe, expect, it, vi } from 'vitest';
import { hasConfidentRelated } from '../../lib/clean/sibling-teasers';
import { ferryStory, spiedCleanRun } from './cold-clean-run';

const spied = vi.hoisted(() => ({} as Record<string, ReturnType<typeof vi.fn>>));
vi.mock('../../lib/clean/residue', async (load) => {
  const m = await load<typeof import('../../lib/clean/residue')>();
  return {
    ...m, applyEmptiedTail: (spied.applyEmptiedTail = vi.fn(m.applyEmptiedTail)), applySkipLinks: (spied.applySkipLinks = vi.fn(m.applySkipLinks)),
    applyRubricLists: (spied.applyRubricLists = vi.fn(m.applyRubricLists)), applyRepeatedLines: (spied.applyRepeatedLines = vi.fn(m.applyRepeatedLines)),
  };
});
vi.mock('../../lib/clean/sibling-teasers', async (load) => {
  const m = await load<typeof import('../../lib/clean/sibling-teasers')>();
  return { ...m, siblingTeasers: (spied.siblingTeasers = vi.fn(m.siblingTeasers)) };
});
vi.mock('../../lib/clean/inset-teaser', async (load) => {
  const m = await load<typeof import('../../lib/clean/inset-teaser')>();
  return { ...m, applyInsetTeasers: (spied.applyInsetTeasers = vi.fn(m.applyInsetTeasers)) };
});
vi.mock('../../lib/clean/pull-quote', async (load) => {
  const m = await load<typeof import('../../lib/clean/pull-quote')>();
  return { ...m, applyPullQuoteCredits: (spied.applyPullQuoteCredits = vi.fn(m.applyPullQuoteCredits)) };
});

const story = ferryStory;
const { clean, called } = spiedCleanRun(spied);

describe('rules gated before they are called', () => {
  it('a plain story calls none of them, and stays whole', () => {
    const out = clean(story.map((t) => `<p>${t}</p>`).join(''));
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual([]);
  });

  it('a skip link and a heading left at the end still reach their rules', () => {
    const out = clean(`<p><a href="#after">Skip past the newsletter</a></p>${story.map((t) => `<p>${t}</p>`).join('')}<h3>The timetable</h3><figure><img src="boat.jpg" width="600" height="400" alt=""></figure>`);
    for (const t of story) expect(out.text).toContain(t);
    expect(called()).toEqual(['applyEmptiedTail', 'applySkipLinks']);
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
