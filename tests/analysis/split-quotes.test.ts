// A quotation split by its attribution ("“…,” she said, “…”") is shown as one key quote; the report keeps its parts.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { joinSplitQuotes } from '../../lib/analysis/keyquotes';
import type { Quote } from '../../lib/types';

const q = (text: string, start: number, more: Partial<Quote> = {}): Quote =>
  ({ text, speaker: 'Dana Reyes', speakerMention: 'Reyes', key: true, kind: 'full', start, end: start + text.length, ...more });

describe('a split quotation', () => {
  it('is one key quote, its parts joined with " … "', () => {
    const text = '“I will not stay silent about the harbour,” Dana Reyes said on Monday, “but I will not shout either.”';
    const { quotes } = analyzeArticle({ text, lang: 'en' });
    expect(quotes).toHaveLength(2);
    const shown = joinSplitQuotes(quotes, text).filter((x) => x.key);
    expect(shown.map((x) => x.text)).toEqual(['I will not stay silent about the harbour … but I will not shout either.']);
    expect(shown[0]!.speaker).toBe('Dana Reyes');
  });

  it('stays apart across paragraphs, speakers, or after a quote that is not key', () => {
    const a = q('We rebuilt the wall,', 0), b = q('and we will do it again.', 30, { kind: 'continuation' });
    const text = 'x'.repeat(60);
    expect(joinSplitQuotes([a, b], text)).toHaveLength(1);
    expect(joinSplitQuotes([a, b], `${'x'.repeat(25)}\n\n${'x'.repeat(40)}`)).toHaveLength(2);
    expect(joinSplitQuotes([a, { ...b, speaker: 'Ana Ruiz' }], text)).toHaveLength(2);
    expect(joinSplitQuotes([{ ...a, key: false }, b], text)).toHaveLength(2);
    expect(joinSplitQuotes([a, { ...b, kind: 'full' }], text)).toHaveLength(2);
  });
});

describe('a word or two in marks later in the sentence', () => {
  const full = 'Nous avons besoin d’une main d’oeuvre', tail = 'saluer';
  const text = `«${full}», a souligné M. Peskov, en affirmant que les autorités ne peuvent que «${tail}» l’arrivée de migrants.`;
  const a = q(full, 1, { speaker: 'Dmitri Peskov' });
  const b = q(tail, text.indexOf(tail), { speaker: 'Dmitri Peskov', key: false, kind: 'continuation' });

  it('is not glued to the key quote with " … "', () => {
    expect(joinSplitQuotes([a, b], text).map((x) => x.text)).toEqual([full, tail]);
  });

  it('is when only the attribution stands between (“We will fight,” she said, “and win.”)', () => {
    const t = '“We will fight,” Dana Reyes said, “and win.”';
    const c = q('We will fight,', 1), d = q('and win.', t.indexOf('and win'), { kind: 'continuation', key: false });
    expect(joinSplitQuotes([c, d], t).map((x) => x.text)).toEqual(['We will fight … and win.']);
  });
});
