// Korean writes a title after the name, a space between ("이재명 대표는", "윤 대통령은"): the speaker is the person
// the title follows, not the title; a surname with the title is the full name the text gave with that title.
// And a name in a script without letter case that opens its sentence is still a name. Invented text, no model.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const text = [
  '윤석열 대통령은 28일 서울 용산 대통령실에서 국무회의를 주재했다.',
  '윤 대통령은 "경제 회복을 위해 모든 노력을 다하겠다"고 말했다.',
  '더불어민주당 이재명 대표는 "정부의 대응이 너무 늦었다"며 비판했다.',
].join('\n\n');

describe('Korean titles after names', () => {
  const a = analyzeArticle({ text, lang: 'ko' });
  it('credit the quotation to the person, not to the title', () => {
    expect(a.quotes.map((q) => q.speaker)).toEqual(['윤석열', '이재명']);
  });
  it('list the speakers as parties, and no title as a person', () => {
    const names = a.parties.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['윤석열', '이재명']));
    expect(names).not.toContain('대통령');
    expect(names).not.toContain('대표');
  });
});
