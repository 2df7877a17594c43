// In a text without letter case, a name met once with nothing but an unsure tagger behind it is not listed; a sure
// tagger, a repetition, an alias or a quotation still list it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const shown = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a name named once in a caseless text', () => {
  const text = '早上从县城出发，是山谷中少了寒气还是人们热情。\n\n营地主人林大山准备了晚餐，大家都吃得很开心。';

  it('is not listed when the tagger was unsure of it', () => {
    expect(shown('zh', text, [['山谷', 'LOC', 0.25], ['林大山', 'PER', 0.95]])).toEqual(['林大山']);
  });

  it('is listed when the tagger was sure', () => {
    expect(shown('zh', text, [['山谷', 'LOC', 0.25], ['林大山', 'PER', 0.95]])).toContain('林大山');
    expect(shown('zh', text, [['林大山', 'PER', 0.9]])).toEqual(['林大山']);
  });

  it('is listed when the text repeats it', () => {
    const again = text + '\n\n林大山说明天还会下雨。';
    expect(shown('zh', again, [['林大山', 'PER', 0.4], ['林大山', 'PER', 0.4]])).toEqual(['林大山']);
  });

  it('is listed with its bracketed original', () => {
    const t = '工程师马克·韦伯（Mark Weber）曾在火箭公司工作多年，参与了发动机的设计。';
    expect(shown('zh', t, [['马克·韦伯', 'PER', 0.45], ['Mark Weber', 'PER', 0.3]])).toContain('马克·韦伯');
  });

  it('applies to a Latin name in a caseless text, not to a text with capitals', () => {
    const zh = '这篇论文发表在期刊Nature上，研究人员说结果很好，后续实验还在进行。';
    expect(shown('zh', zh, [['Nature', 'ORG', 0.38]])).toEqual([]);
    const en = 'The paper was published by Nature on Monday, and the researchers said the results were good.';
    expect(shown('en', en, [['Nature', 'ORG', 0.38]])).toContain('Nature');
  });
});
