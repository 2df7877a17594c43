// Two quotations one connective apart, the connective written against the first one's closing mark ("“A”라거나 “B”
// 같은 글을 남겼다"): both are the sentence's speaker's. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';
import { gluedConnective } from '../../lib/analysis/attribution/glued-connective';

describe('a connective glued to a closing mark', () => {
  it('gives the second quotation the first one’s speaker (Korean, Japanese)', () => {
    const ko = '김민수 의원은 항구 재건 계획을 두고 비판을 받았다. 그는 “예산이 충분하지 않다는 건 모두가 안다”고 말했다. 또 “항구를 다시 짓는 게 잘못인가요”라거나 “주민들이 기다리고 있습니다. 겨울 전에 끝내겠습니다” 같은 글을 남겼다.';
    expect(speakerOf(ko, '항구를 다시', 'ko')).toBe('김민수');
    expect(speakerOf(ko, '주민들이 기다리고', 'ko')).toBe('김민수');
    const ja = '港の再建をめぐり、山田太郎市長は「予算は足りない」と述べた。また「港を再建するのは間違いですか」や「住民は待っています。冬までに終えます」といった投稿もした。';
    expect(speakerOf(ja, '住民は待って', 'ja')).toBe('山田太郎');
  });

  it('is a few letters against the mark, not a word of its own or punctuation', () => {
    expect(gluedConnective('라거나 ')).toBe(true);
    expect(gluedConnective('や')).toBe(true);
    expect(gluedConnective(' or ')).toBe(false);
    expect(gluedConnective('. Elle dit avoir ')).toBe(false);
    expect(gluedConnective('고 말했다. 또 ')).toBe(false);
  });
});
