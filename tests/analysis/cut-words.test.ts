// A word cut from a longer capitalised name is no party of its own: "Whole Foods is …" at a sentence's start, where the
// tagger read "Foods" alone as a person, is the firm the text names "Whole Foods" mid-sentence. Invented text, the
// tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}:${p.mentions}`);
};

describe('a word cut from a longer name', () => {
  it('joins the name the text writes whole elsewhere', () => {
    const text = 'Shoppers went to Brisk Goods on Monday. Brisk Goods is cheaper now. It was a brisk day. Brisk Goods said prices fell.';
    const got = ranked(text, [['Brisk Goods', 'ORG', 0.9], ['Goods', 'PER', 0.6], ['Goods', 'PER', 0.6]]);
    expect(got.filter((p) => p.startsWith('Brisk Goods:') && p.endsWith(':3'))).toHaveLength(1);
    expect(got.some((p) => p.startsWith('Goods:'))).toBe(false);
  });

  it('stays alone when the longer name is written only where sentences start', () => {
    const text = 'Brisk Goods is cheaper now, a shopper said. It was a brisk day. Brisk Goods said prices fell.';
    const got = ranked(text, [['Goods', 'ORG', 0.9], ['Goods', 'ORG', 0.9]]);
    expect(got.some((p) => p.startsWith('Brisk Goods:'))).toBe(false);
    expect(got).toContain('Goods:organization:2');
  });
});
