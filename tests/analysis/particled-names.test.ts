// Korean names no title follows: a side named again and again with its case particles ("한서윤은", "한서윤의",
// "한서윤이") is a person; a noun repeated with particles, whose stem without its last syllable the text writes
// alone ("사안" of "사안들"), is none. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, partyNames } from './analyse';

const text = `한서윤의 반박이 나왔다. 한서윤은 사진 공개가 사생활 침해라고 말했다.

그러나 상대의 주장은 달랐다. 이런 사안들은 늘 논란이 된다. 사안이 커지자 한서윤이 다시 입장을 냈다.

사안들에 대해 한서윤은 "더는 참지 않겠다"고 말했다. 사안들을 두고 공방이 이어진다.`;

describe('a Korean name repeated with particles', () => {
  it('is a person, and speaks', () => {
    const p = analyse(text, 'ko').parties.find((x) => x.name === '한서윤');
    expect(p?.type).toBe('person');
    expect(p?.mentions).toBe(4);
    expect(analyse(text, 'ko').quotes.find((q) => q.text.includes('참지'))?.speaker).toBe('한서윤');
  });

  it('takes no noun with particles for a name', () => {
    expect(partyNames(text, 'ko')).not.toContain('사안들');
  });

  it('needs several particles: a word repeated bare is no name', () => {
    const bare = '오늘 한서윤 사진. 어제 한서윤 영상. 내일 한서윤 소식.';
    expect(partyNames(bare, 'ko')).not.toContain('한서윤');
  });
});
