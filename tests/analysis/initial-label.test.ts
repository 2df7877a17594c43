// A list label and a common word ("B. Pour the mix:") are no person's name: the quotation after them has no speaker,
// while an initial and a surname ("said J. Ortega") still speaks. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const text = [
  'Summer drinks in a can are everywhere this year, and we tried six of them on a hot afternoon.',
  'Bottom line: A. Crisp, bright and cheap enough for a crowd.',
  'Bottom line: B. Pour the mix over ice: “Simply shake and garnish with lime.”',
  '“These are the drinks people will bring to every barbecue this summer,” said J. Ortega, who runs a bar in town.',
].join('\n\n');

describe('an initial and a common word', () => {
  it('is no speaker', () => {
    expect(speakerOf(text, 'Simply shake and garnish')).toBeNull();
  });
  it('while an initial and a surname still is', () => {
    expect(speakerOf(text, 'These are the drinks')).toBe('J. Ortega');
  });
});
