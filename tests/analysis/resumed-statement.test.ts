// "“A … ¶ “B … ¶ Club statement ¶ — Club (@club) date ¶ “C …”": a statement left open and broken by an embedded
// post's lines goes on after them with the same speaker; a paragraph of prose in between ends it. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const opening = [
  'Harbourside FC have appointed Elena Varga as their new head coach after a long search.',
  'The 48-year-old said after her appointment: "I am delighted to be joining a club with such history.',
  '"The players here excite me and the academy is strong."',
  'Harbourside said in a statement: "Elena is one of the most accomplished coaches in the country.',
  '"She is known for her attacking football and has coached in three leagues.',
];
const resumed = '"She has won the league twice and is one of only two coaches to do so with different clubs."';

describe('a statement resumed after an embedded post', () => {
  it('keeps the speaker of the statement it continues', () => {
    const text = [...opening, 'Club statement', '— Harbourside FC (@HarbourOfficial) March 3, 2024', resumed, 'Her first match will be at home on Saturday.'].join('\n\n');
    expect(speakerOf(text, 'She has won the league twice')).toBe('Harbourside FC');
  });

  it('does not reach over a paragraph of prose', () => {
    const text = [...opening, 'The club finished ninth last season and sold two of its best players in the summer.', resumed].join('\n\n');
    expect(speakerOf(text, 'She has won the league twice')).not.toBe('Harbourside FC');
  });
});
