// "By contrast, Sen. Dana Whitfield said that once the Senate goes on recess, “…”": the person who reports opens the
// sentence after a fronted phrase; the body named inside the reported clause is not the speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const text = [
  'Governor Paul Ostrow declined to comment on any plans to campaign for other candidates.',
  'By contrast, Sen. Dana Whitfield said that once the Senate goes on recess, “I intend to do as much as I can, wherever I can be helpful.”',
].join('\n\n');

describe('a reporting person after a fronted phrase', () => {
  it('speaks the quotation inside the clause she reports', () => {
    expect(speakerOf(text, 'I intend to do as much')).toBe('Dana Whitfield');
  });
});
