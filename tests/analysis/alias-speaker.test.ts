// A speaker attribution names by a listed party's alias (a surname after the full name, an original spelling) is
// that party, listed once and as a speaker. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('a new speaker named by a party\'s alias', () => {
  it('is that party, not a party of its own', () => {
    const text = '工程师马克·韦伯（Mark Weber）曾在火箭公司工作多年。\n\n韦伯补充说：“测试还没有结束。”';
    const rules = rulesFor('zh');
    const reg = buildRegistry(scan(text), [], rules, spans(text, [['马克·韦伯', 'PER', 0.9], ['Mark Weber', 'PER', 0.5]]));
    const parties = rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map([['Mark Weber', { quotes: 1, first: 60, kind: 'person' }]]) }, { strict: false, tagged: true });
    expect(parties.map((p) => p.name)).toEqual(['马克·韦伯']);
    expect(parties[0]!.roles).toContain('speaker');
  });
});
