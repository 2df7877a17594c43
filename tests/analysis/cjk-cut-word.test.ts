// A speaker read back from a Japanese particle stops at the characters a name is written with: where a hyphen joins
// Latin letters before that run (フリーWi-Fi), the run is the end of a longer word, no speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const speakerOf = (text: string, quote: string) => analyzeArticle({ text, lang: 'ja' }).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;

describe('a speaker cut from a longer word (ja)', () => {
  it('takes no speaker from the end of a hyphened Latin word', () => {
    expect(speakerOf('調査では、多くの人が安全なフリーWi-Fiと危険なフリーWi-Fiは「見分けられない」と回答した。', '見分けられない')).toBeNull();
  });

  it('still takes a whole name before the particle', () => {
    expect(speakerOf('北山電機の青木誠一社長は「見分けられない」と述べた。', '見分けられない')).toBe('青木誠一');
  });
});
