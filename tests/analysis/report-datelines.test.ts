// A Chinese story's opening credit line ("新华社北京10月14日电") names its source, no party: its span is taken.
// Invented text.
import { describe, expect, it } from 'vitest';
import { scan } from '../../lib/analysis/text';
import { reportDatelines } from '../../lib/analysis/parties/report-datelines';
import { rulesFor } from '../../lib/rules/languages';

const spansOf = (text: string, lang = 'zh') => reportDatelines(text, scan(text).paragraphs, rulesFor(lang)).map((s) => text.slice(s.start, s.end));

describe("a story's opening report line", () => {
  it('takes a credit line of its own, and one that opens the first paragraph', () => {
    expect(spansOf('北山网 3月9日报道\n\n北山公司开发出一款新的计算机。')).toEqual(['北山网 3月9日报道']);
    expect(spansOf('星光通讯社南京3月9日电 北山公司开发出一款新的计算机。')).toEqual(['星光通讯社南京3月9日电']);
  });

  it('takes no line without a report word after the date, nor a later paragraph', () => {
    expect(spansOf('北山公司3月9日开发出一款新的计算机。')).toEqual([]);
    expect(spansOf('北山公司开发出一款新的计算机。\n\n北山网 3月9日报道')).toEqual([]);
  });

  it('finds nothing in a language without report words', () => {
    expect(spansOf('北山网 3月9日报道', 'en')).toEqual([]);
  });
});
