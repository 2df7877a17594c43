import { describe, expect, it } from 'vitest';
import { describeHidden, formatDate, groupParties, readingMinutes, uniqueRemovals, wordCount } from '../../components/format';
import type { Party, Removal } from '../../lib/types';

describe('popup formatting', () => {
  it('reading time at 230 words a minute', () => {
    expect(wordCount("It's a well-known fact, isn't it?")).toBe(6);
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('word '.repeat(50))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(4);
  });

  it('groups parties by type, most salient first', () => {
    const p = (name: string, type: Party['type'], salience: number): Party => ({ name, type, salience, aliases: [], description: null, roles: [], mentions: 1 });
    const g = groupParties([p('B', 'person', 0.2), p('Org', 'organization', 0.9), p('A', 'person', 0.8)]);
    expect(g.map((x) => x.type)).toEqual(['person', 'organization']);
    expect(g[0]!.parties.map((x) => x.name)).toEqual(['A', 'B']);
  });

  it('lists a block removed twice once, with its count', () => {
    const r = (fingerprint: string): Removal => ({ text: 't', reason: 'donation', rule: 'r', fingerprint, index: 0, tag: 'p', html: '' });
    expect(uniqueRemovals([r('a'), r('b'), r('a')]).map((x) => [x.removal.fingerprint, x.count])).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('reading time', () => {
  it('reads Chinese and Japanese by the character', () => {
    expect(readingMinutes('気象庁は'.repeat(250))).toBe(2); // 1000 characters
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(wordCount('気象庁は13日 Tokyo')).toBe(2);
  });
});

describe('describeHidden', () => {
  const r = (fingerprint: string, reason: Removal['reason'], kind?: Removal['reason']) =>
    ({ text: 'x', reason, rule: 'r', fingerprint, index: 0, tag: 'p', html: '', ...(kind ? { kind } : {}) }) as Removal;
  it('counts blocks by kind, most first, a repeated appeal as an appeal, site memory for what no removal explains', () => {
    const removals = [r('a', 'donation'), r('a', 'duplicate', 'donation'), r('b', 'share'), r('c', 'navigation'), r('d', 'duplicate')];
    expect(describeHidden(['a', 'b', 'x'], removals)).toBe('4 blocks: 2 donation appeals, 1 share bar, 1 seen on other articles');
    expect(describeHidden(['a', 'b', 'c', 'd', 'x'], removals, 2)).toBe('6 blocks: 2 donation appeals, 1 share bar and 3 more');
    expect(describeHidden([], removals)).toBe('');
  });
});


describe('publication date', () => {
  const inZone = (tz: string, f: () => void) => {
    const was = process.env.TZ;
    process.env.TZ = tz;
    try { f(); } finally { if (was === undefined) delete process.env.TZ; else process.env.TZ = was; }
  };

  it('shows a date alone as that calendar day, wherever the reader is', () => {
    inZone('America/Los_Angeles', () => expect(formatDate('2024-05-03', 'en-US')).toBe('May 3, 2024'));
    inZone('Asia/Tokyo', () => expect(formatDate('2024-05-03', 'en-US')).toBe('May 3, 2024'));
  });

  it("reads a time with its own offset on the page's clock, and a UTC time on the reader's", () => {
    inZone('Asia/Tokyo', () => {
      expect(formatDate('2019-11-19T23:30:00-08:00', 'en-US')).toBe('November 19, 2019');
      expect(formatDate('2019-11-19T23:30:00Z', 'en-US')).toBe('November 20, 2019');
    });
    expect(formatDate('2 de diciembre de 2024', 'es')).toBe('2 de diciembre de 2024');
  });
});
