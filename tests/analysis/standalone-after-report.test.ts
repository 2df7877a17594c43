// Three ways a reader finds the speaker that the rules missed: a paragraph that is all quotation after a paragraph
// reporting a person's words goes on with that person; a name in quotation marks inside the words after a quotation
// ("Bill Eastwick, wearing “Ted Cruz” pins, said") is part of them; "shot back", "retaliated", "demurred" are verbs of
// saying.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('speakers the text gives around a quotation', () => {
  it('a quotation paragraph after a paragraph of reported speech', () => {
    const text = 'Malaysia’s minister warned about the buildup at sea.\n\nMarcus Delaney said that for decades some critics had predicted a withdrawal from the region, but this would not happen.\n\n“That is because this region remains the most consequential for our own security and prosperity.”';
    expect(speakerOf(text, 'most consequential')).toBe('Marcus Delaney');
  });

  it('not after a paragraph that reports nobody’s words', () => {
    const text = 'Marcus Delaney arrived in the capital on Monday.\n\nThe talks lasted until the evening and ended without a statement.\n\n“That is because this region remains the most consequential for our own security and prosperity.”';
    expect(speakerOf(text, 'most consequential')).toBeNull();
  });

  it('a quoted name inside the attribution after the quotation', () => {
    const text = 'Not everyone was claiming success. “We have had more successful conventions than this one,” Texas delegate Bill Eastwick, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fell around him.';
    expect(speakerOf(text, 'more successful conventions')).toBe('Bill Eastwick');
  });

  it('a reply verb after a fronted clause naming someone else', () => {
    const text = 'After former governor Jerry Brandt criticised Bill Harmon during a debate, Helen Harmon shot back, “I suppose I could have stayed home and baked cookies, but I chose my profession.”';
    expect(speakerOf(text, 'baked cookies')).toBe('Helen Harmon');
  });
});
