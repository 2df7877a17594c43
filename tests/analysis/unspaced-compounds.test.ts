// Without spaces (Japanese), a country's name inside a longer word is no mention of the country: 日本 in 東日本大震災
// (the Great East Japan Earthquake), even where the tagger reads it as a place. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

const live = (text: string, spans: { t: string; from?: number }[]) => {
  const ents = spans.map(({ t, from }) => { const s = text.indexOf(t, from ?? 0); return { start: s, end: s + t.length, type: 'LOC' as const, score: 1 }; });
  return buildRegistry(scan(text), [], rulesFor('ja'), ents).live().filter((p) => p.mentions.length).map((p) => p.name);
};

describe('a country inside a longer word (ja)', () => {
  it('is no mention of the country', () => {
    const text = '警察庁によると、東日本大震災の時も警察無線は使えた。';
    expect(live(text, [{ t: '日本' }])).not.toContain('日本');
  });

  it('is one where a particle sets it apart', () => {
    const text = '警察庁によると、日本の警察無線は震災の時も使えた。';
    expect(live(text, [{ t: '日本' }])).toContain('日本');
  });
});
