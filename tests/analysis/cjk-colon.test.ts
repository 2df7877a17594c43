// Chinese introduces a quotation with "X 表示：": the name may carry its original spelling in brackets before the verb,
// and "他说：" names the speaker by a pronoun, the person just named. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a Chinese colon introduction', () => {
  it('reads the name before a bracketed original spelling', () => {
    const t = '加州大学的研究员李维·卡特(Levi Carter)表示：“长时间的飞行会让人感到疲倦，这一点毫无疑问。”';
    expect(speakerOf(t, '长时间的飞行', 'zh')).toBe('李维·卡特');
  });

  it('resolves a pronoun before the verb to the person just named', () => {
    const t = '工程师马克·韦伯（Mark Weber）曾在火箭公司工作多年。\n\n他说：“发动机的设计非常复杂，需要很多年的测试。”';
    expect(speakerOf(t, '发动机的设计', 'zh')).toBe('马克·韦伯');
  });

  it('leaves the pronoun unresolved when two persons are named just before it', () => {
    const t = '工程师马克·韦伯与教授王丽华一起工作多年。\n\n他说：“发动机的设计非常复杂，需要很多年的测试。”';
    expect(speakerOf(t, '发动机的设计', 'zh')).toBeNull();
  });

  it('passes over a caption without a sentence end to the narrative before it', () => {
    const t = '工程师马克·韦伯曾在火箭公司工作多年。\n\n图注：宇航员张伟在空间站里\n\n他说：“发动机的设计非常复杂，需要很多年的测试。”';
    expect(speakerOf(t, '发动机的设计', 'zh')).toBe('马克·韦伯');
  });

  it('leaves a pronoun glued to a word before it alone', () => {
    const t = '工程师马克·韦伯曾在火箭公司工作多年。\n\n其他说：“发动机的设计非常复杂，需要很多年的测试。”';
    expect(speakerOf(t, '发动机的设计', 'zh')).not.toBe('马克·韦伯');
  });
});
