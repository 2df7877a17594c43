// Korean writes a person's title after the name, a space between ("박준서 과장은", "한지호 부산시장"): the name is
// the person, the title its description, never a person of its own. Invented text (we have no real Korean pages).
import { describe, expect, it } from 'vitest';
import { analyse, partyNames } from './analyse';

const text = `한지호 부산시장은 이날 기자회견에서 "시민의 안전이 최우선"이라고 말했다.

박준서 과장은 "예산이 부족하다"고 말했다. 한지호 시장은 대책을 약속했다.

이사회 의장은 침묵했다. 고위급 관계자는 답하지 않았다.`;

describe('a name before its title, in Korean', () => {
  it('is the person, the title its description', () => {
    const parties = analyse(text, 'ko').parties;
    expect(parties.find((p) => p.name === '박준서')?.description).toBe('과장');
    expect(parties.find((p) => p.name === '한지호')?.description).toBe('부산시장');
    expect(parties.find((p) => p.name === '한지호')?.mentions).toBe(2);
  });

  it('names no one by a title alone, a board or a rank', () => {
    const names = partyNames(text, 'ko');
    for (const junk of ['과장', '이사회', '고위급']) expect(names).not.toContain(junk);
  });

  it('gives the quotation to the named person', () => {
    expect(analyse(text, 'ko').quotes.find((q) => q.text.includes('예산'))?.speaker).toBe('박준서');
  });
});

describe('a name before a title of the stage, in Korean', () => {
  const review = `주말 밤 KBS는 윤서하 주연의 <새벽>으로 승부를 보고 있다. 윤서하의 연기는 여전히 시선을 끈다.

정민아 배우는 조연으로 나온다. 이 드라마의 이야기는 단순하다.`;
  it('is the person the review names, counted wherever the text writes it', () => {
    const parties = analyse(review, 'ko').parties;
    expect(parties.find((p) => p.name === '윤서하')?.mentions).toBe(2);
    expect(parties.find((p) => p.name === '정민아')?.type).toBe('person');
  });
  it('names no one by a common noun that opens with a family name\'s syllable', () => {
    expect(partyNames(review, 'ko')).not.toContain('이야기');
  });
});
