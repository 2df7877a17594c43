// A name tagged once in Han text is the same name where its characters come again untagged (ner/repeats.ts).
import { describe, expect, it } from 'vitest';
import { scan } from '../../lib/analysis/text';
import { copyRepeats } from '../../lib/analysis/ner/repeats';
import type { Mention } from '../../lib/analysis/ner';

function mention(text: string, s: ReturnType<typeof scan>, at: number, name: string, score: number, type: Mention['type'] = 'PER'): Mention {
  const start = text.indexOf(name, at), first = s.tokens.findIndex((t) => t.start === start);
  const last = first + [...name].length;
  return { start, end: start + name.length, text: name, type, score, before: 0, first, last, sentence: 0 };
}

describe('repeated names in Han text', () => {
  const text = '王小明昨天說，會議延期。記者問王小明為什麼，他沒有回答。', s = scan(text);

  it('copies a confident mention to the other places its characters stand', () => {
    const out = copyRepeats([mention(text, s, 0, '王小明', 0.9)], s);
    expect(out.map((m) => [m.text, m.start, m.type])).toEqual([['王小明', 0, 'PER'], ['王小明', text.indexOf('王小明', 1), 'PER']]);
    expect(out[1]!.sentence).toBe(1);
  });

  it('leaves unsure and one-character mentions, and places another mention covers, alone', () => {
    expect(copyRepeats([mention(text, s, 0, '王小明', 0.3)], s)).toHaveLength(1);
    expect(copyRepeats([mention(text, s, 0, '王', 0.9)], s)).toHaveLength(1);
    const other = mention(text, s, 1, '記者問王小明', 0.8, 'ORG');
    expect(copyRepeats([mention(text, s, 0, '王小明', 0.9), other], s)).toHaveLength(2);
  });
});
