// The host answers a tab's snapshot directly with the context the background sent it (entrypoints/offscreen/context.ts):
// the job it runs and the lesson it sends back must be what the background's own path makes of the same settings
// and site memory.
import { describe, expect, it } from 'vitest';
import { completeJob, lessonOf, reportOf } from '../../entrypoints/offscreen/context';
import type { HostContext } from '../../utils/messages';
import { emptyMemory, keptBlockFingerprints, learn } from '../../lib/site-memory';
import { fingerprint } from '../../lib/fingerprint';
import type { Report } from '../../lib/types';
import type { PageJob, PipelineResult } from '../../utils/messages';

const APPEAL = 'Northgate Courier members get the morning harbour briefing before the first ferry leaves.';
const TEXT = [
  'The ferry union said on Monday that talks with the port authority had collapsed after eleven hours.',
  'Crossings to the islands will be cut to four a day from Thursday while the overtime ban lasts.',
  'The port authority said it had offered a night-pay rise and would meet the union again next week.',
].join('\n\n');
const page = (url: string, force = false): PageJob => ({ html: '<!DOCTYPE html><html></html>', url, force, analyze: true });
const answer = (isArticle: boolean, withArticle = true): PipelineResult['report'] => result(isArticle, withArticle).report;
const result = (isArticle: boolean, withArticle = true): PipelineResult => ({
  report: {
    url: null, isArticle, articleScore: isArticle ? 1 : 0, reasons: [], quotes: [], parties: [],
    article: withArticle ? ({ title: 'Talks collapse', text: TEXT } as Report['article']) : null,
    removed: [{ fingerprint: fingerprint(APPEAL), reason: 'duplicate', text: APPEAL, rule: 'duplicate' } as Report['removed'][number]],
    timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
  },
  map: { article: [], kept: [] } as unknown as PipelineResult['map'],
  hostMs: 1,
});

describe('the host context', () => {
  const taught = learn(emptyMemory(), { url: 'https://n.example/a', removed: [{ fingerprint: fingerprint(APPEAL), reason: 'duplicate' }], kept: [] });

  it('completes a job with the kept reasons and what the site memory knows of the address', () => {
    const ctx: HostContext = { keep: ['related'], memory: taught };
    const job = completeJob(page('https://n.example/b'), ctx);
    expect(job.keep).toEqual(['related']);
    expect(job.known).toContain(fingerprint(APPEAL));
    expect(job.removed).toContain(fingerprint(APPEAL));
    expect(completeJob(page('https://other.example/b'), ctx).known).toEqual([]);
  });

  it('uses no memory when the reader turned it off', () => {
    const job = completeJob(page('https://n.example/b'), { keep: [], memory: null });
    expect(job.known).toEqual([]);
    expect(job.removed).toEqual([]);
    expect(lessonOf(page('https://n.example/b'), answer(true), { keep: [], memory: null })).toBeNull();
  });

  it('learns from an article found or forced, with the fingerprints only', () => {
    const ctx: HostContext = { keep: [], memory: emptyMemory() };
    const lesson = lessonOf(page('https://n.example/b'), answer(true), ctx);
    expect(lesson).toEqual({ url: 'https://n.example/b', removed: [{ fingerprint: fingerprint(APPEAL), reason: 'duplicate' }], kept: keptBlockFingerprints(TEXT) });
    expect(lessonOf(page('https://n.example/b'), answer(false), ctx)).toBeNull();
    expect(lessonOf(page('https://n.example/b', true), answer(false), ctx)?.kept).toEqual(keptBlockFingerprints(TEXT));
    expect(lessonOf(page('https://n.example/b'), answer(true, false), ctx)).toBeNull();
    expect(lessonOf(page('https://n.example/b'), null, ctx)).toBeNull();
    expect(reportOf({ error: 'no' })).toBeNull();
    expect(reportOf(result(true))?.isArticle).toBe(true);
  });

  it('learns nothing from a run prepared before anyone asked, and the same as from any run once it is used', () => {
    const ctx: HostContext = { keep: [], memory: emptyMemory() };
    expect(lessonOf({ ...page('https://n.example/b'), prepared: true }, answer(true), ctx)).toBeNull();
    // Used: the background learns from the report alone (url and force from the tab, no `prepared`).
    expect(lessonOf({ url: 'https://n.example/b', force: false }, answer(true), ctx)).toEqual(lessonOf(page('https://n.example/b'), answer(true), ctx));
  });
});
