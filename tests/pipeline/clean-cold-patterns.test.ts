// Cleaning runs cold, once a page: each Unicode property pattern it compiles and each selector linkedom parses is paid
// on every article. The common cases are answered without them (ASCII text, lines that cannot match), with the same
// answers as the patterns give.
import { describe, expect, it, vi } from 'vitest';
import { cleanArticle } from '../../lib/clean/index';
import { isRelativeTime } from '../../lib/clean/relative-time';
import { unitStop } from '../../lib/clean/signals';
import { PageBlocks, blockText } from '../../lib/blocks';
import { parse } from './helpers';

/** What `run` returns, and the sources of the Unicode property patterns that ran meanwhile. */
function propertyPatterns<T>(run: () => T): [T, string[]] {
  const exec = vi.spyOn(RegExp.prototype, 'exec'), test = vi.spyOn(RegExp.prototype, 'test');
  try {
    const out = run();
    const sources = [...exec.mock.contexts, ...test.mock.contexts].map((re) => (re as RegExp).source).filter((s) => s.includes('\\p{'));
    return [out, sources];
  } finally { exec.mockRestore(); test.mockRestore(); }
}

const story = [
  'The harbour wall will be finished by the spring, two months later than planned, the council said on\nTuesday after a long and at times bitter debate about its cost to the town.',
  'Engineers told the committee that the storms of the winter had washed away part of the old foundations, which had to be rebuilt from the bedrock up before any other work could go on.',
  'Residents who live along the quay said they were relieved, although several asked why the delay had not been announced earlier in the year, when the first cracks were found.',
];
const ARTICLE = `<html><body><div id="root">
  <p>${story[0]}</p>
  <p>Updated on Tuesday, March 12, 2024 at 10 am local time:</p>
  <p>${story[1]}</p>
  <figure><a href="/video/harbour"><img src="still.jpg" alt="The wall"></a><figcaption>The wall at high tide</figcaption></figure>
  <p>3 hours ago</p>
  <p>March 12, 2024</p>
  <p><a href="https://ads.example/buy"><img src="banner-ad.jpg" width="728" height="90" alt="banner ad"></a></p>
  <p>${story[2]}</p>
</div></body></html>`;

describe('patterns and selectors a cold clean does not need', () => {
  it('an English article with a relative time, datelines and linked pictures compiles no Unicode pattern of these rules and parses no selector', () => {
    const doc = parse(ARTICLE);
    const body = doc.getElementById('root')!;
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(body)) as Element;
    const qs = vi.spyOn(proto, 'querySelector'), closest = vi.spyOn(proto, 'closest');
    try {
      const [out, patterns] = propertyPatterns(() => cleanArticle(body, { page: new PageBlocks(body), siteName: 'Harbour Gazette', url: 'https://harbourgazette.example/news/wall' }));
      // The story stays whole.
      for (const t of story) expect(out.text.replace(/\s+/g, ' ')).toContain(t.replace(/\s+/g, ' '));
      // The segment break's, the relative time's digits, the player's length and the unit's dot (what ran before).
      for (const retired of ['^[\\p{Ll}\\p{Lo}\\p{Lm}]', '\\p{Nd}+', '\\d\\s?\\p{L}{1,4}\\.$']) expect(patterns).not.toContain(retired);
      expect(patterns.filter((s) => s.includes('\\d{1,2}:\\d\\d'))).toEqual([]);
      expect([...qs.mock.calls, ...closest.mock.calls]).toEqual([]);
    } finally { qs.mockRestore(); closest.mockRestore(); }
  });

  it('answers as the patterns do', () => {
    // A source line break: a space where a lower-case word or a letter of a script without case carries the
    // sentence on, a line break elsewhere.
    const text = (html: string) => blockText(parse(`<p id="p">${html}</p>`).getElementById('p')!);
    expect(text('said on\nTuesday')).toBe('said on Tuesday');
    expect(text('Pfizer\n(AFP / Reuters)')).toBe('Pfizer\n(AFP / Reuters)');
    expect(text('Pfizer\nélan')).toBe('Pfizer élan');
    expect(text('BERLIN:\nÜber')).toBe('BERLIN:\nÜber');
    expect(text('Pfizer\n“We will”')).toBe('Pfizer\n“We will”');
    expect(text('東京\n서울')).toBe('東京 서울');
    // Relative times in ASCII and in other digits; a unit's dot only at the end.
    expect(['3 hours ago', 'published 1 day ago', 'march 12, 2024', 'vor 2 stunden', '٣ ساعات', 'hace 3 días'].map(isRelativeTime))
      .toEqual([true, true, false, true, isRelativeTime('3 ساعات'), true]);
    expect(['lesedauer: 4 min.', '15:10h.', 'updated 12:30', 'it costs 5 euros.', 'updated: 4 min!'].map(unitStop)).toEqual([true, true, false, false, false]);
  });
});
