// A foreign name written in Han characters with a middle dot, its original in brackets once and its last part alone
// later, is one party. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const parties = (t: string) => analyse(t, 'zh').parties.map((p) => [p.name, ...(p.aliases ?? [])].sort());

describe('a transliterated Chinese name', () => {
  it('takes its bracketed original and its surname alone as aliases', () => {
    const t = '工程师马克·韦伯（Mark Weber）曾在火箭公司工作多年。\n\n韦伯还提到了成本问题，他认为发动机很贵。';
    expect(parties(t)).toContainEqual(['Mark Weber', '韦伯', '马克·韦伯'].sort());
  });

  it('leaves a bracketed name of another length apart', () => {
    const t = '工程师马克·韦伯（Mark A. Weber Jr）曾在火箭公司工作多年。';
    expect(parties(t).some((n) => n.includes('马克·韦伯') && n.length > 1 && n.some((x) => /Weber/.test(x)))).toBe(false);
  });

  it('leaves a surname two dotted names share apart', () => {
    const t = '马克·韦伯（Mark Weber）和安娜·韦伯（Anna Weber）在火箭公司工作。\n\n韦伯还提到了成本问题。';
    expect(parties(t)).toContainEqual(['韦伯']);
  });
});
