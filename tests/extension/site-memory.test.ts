import { describe, expect, it } from 'vitest';
import {
  articleKey, emptyMemory, forgetSite, keptBlockFingerprints, knownFingerprints, learn, memorySummary, MEMORY_LIMITS, removedFingerprints, siteKey,
} from '../../lib/site-memory';
import { fingerprint } from '../../lib/fingerprint';

const APPEAL = 'Northgate Courier members get the morning harbour briefing before the first ferry leaves.';
const para = (n: number) => `Paragraph ${n} of a story about the harbour, long enough to be learnt as a block of text.`;
const article = (id: string, extra: string[] = []) => [`Story ${id} begins here with enough words to be a block.`, para(1 + id.length), ...extra].join('\n\n');

describe('site memory', () => {
  it('keys sites by host without www, and articles by host and path only', () => {
    expect(siteKey('https://www.Example.com/a?b=1')).toBe('example.com');
    expect(siteKey('chrome://settings')).toBe('');
    expect(articleKey('https://example.com/a/?utm=1#x')).toBe(articleKey('https://www.example.com/a'));
  });

  it('knows a block removed by a rule on one article, and a kept block seen on two', () => {
    let m = emptyMemory();
    m = learn(m, { url: 'https://n.example/a', removed: [{ fingerprint: fingerprint(APPEAL), reason: 'duplicate' }], kept: keptBlockFingerprints(article('a')) });
    expect(knownFingerprints(m, 'https://n.example/b').has(fingerprint(APPEAL))).toBe(true);
    const tagline = 'Reporting for the Northgate Courier is supported by the harbour trust, which has no say over it.';
    m = learn(m, { url: 'https://n.example/b', removed: [], kept: keptBlockFingerprints(article('bb', [tagline])) });
    expect(knownFingerprints(m, 'https://n.example/c').has(fingerprint(tagline))).toBe(false);
    m = learn(m, { url: 'https://n.example/c', removed: [], kept: keptBlockFingerprints(article('ccc', [tagline])) });
    expect(knownFingerprints(m, 'https://n.example/d').has(fingerprint(tagline))).toBe(true);
    expect(knownFingerprints(m, 'https://other.example/d').size).toBe(0);
  });

  it('tells a block removed by a rule elsewhere from one only seen twice, and not on the article it came from', () => {
    let m = emptyMemory();
    const tagline = 'Reporting for the Northgate Courier is supported by the harbour trust, which has no say over it.';
    m = learn(m, { url: 'https://n.example/a', removed: [{ fingerprint: fingerprint(APPEAL), reason: 'duplicate' }], kept: keptBlockFingerprints(article('a', [tagline])) });
    m = learn(m, { url: 'https://n.example/b', removed: [], kept: keptBlockFingerprints(article('bb', [tagline])) });
    const removed = removedFingerprints(m, 'https://n.example/c');
    expect(removed.has(fingerprint(APPEAL))).toBe(true);
    expect(removed.has(fingerprint(tagline))).toBe(false);
    expect(knownFingerprints(m, 'https://n.example/c').has(fingerprint(tagline))).toBe(true);
    expect(removedFingerprints(m, 'https://n.example/a').size).toBe(0);
  });

  it('does not count a reload or the same article under another address twice', () => {
    let m = emptyMemory();
    const kept = keptBlockFingerprints(article('a', [para(7), para(8)]));
    m = learn(m, { url: 'https://n.example/a', removed: [], kept });
    m = learn(m, { url: 'https://n.example/a?ref=home', removed: [], kept });
    m = learn(m, { url: 'https://n.example/amp/a', removed: [], kept });
    expect(knownFingerprints(m, 'https://n.example/z').size).toBe(0);
  });

  it('on a revisit, does not remove what only that article removed once', () => {
    const pull = 'A pull quote the article repeats, removed as a duplicate on this one article.';
    let m = learn(emptyMemory(), { url: 'https://n.example/a', removed: [{ fingerprint: fingerprint(pull), reason: 'duplicate' }], kept: [] });
    expect(knownFingerprints(m, 'https://n.example/a').has(fingerprint(pull))).toBe(false);
    expect(knownFingerprints(m, 'https://n.example/b').has(fingerprint(pull))).toBe(true);
    m = forgetSite(m, 'n.example');
    expect(m.sites).toEqual({});
  });

  it('stores hashes only and stays within its limits', () => {
    let m = emptyMemory();
    for (let i = 0; i < 30; i++) {
      const kept = Array.from({ length: 30 }, (_, k) => fingerprint(`zebrafish ${i} ${k} of a long enough text to be learnt here`));
      m = learn(m, { url: `https://n.example/story-${i}`, removed: [], kept });
    }
    const json = JSON.stringify(m);
    expect(json).not.toContain("zebrafish");
    expect(Object.keys(m.sites['n.example']!.blocks).length).toBeLessThanOrEqual(MEMORY_LIMITS.blocksPerSite);
    expect(memorySummary(m)[0]).toMatchObject({ site: 'n.example', articles: 30 });
  });

  it('ignores short kept blocks (headings recur legitimately) and site-memory removals', () => {
    expect(keptBlockFingerprints('Background\n\nA long enough paragraph to be learnt as a block by site memory.')).toHaveLength(1);
    const m = learn(emptyMemory(), { url: 'https://n.example/a', removed: [{ fingerprint: 'abc', reason: 'site-memory' }], kept: [] });
    expect(knownFingerprints(m, 'https://n.example/b').has('abc')).toBe(false);
  });
});
