// "The nurses, members of the union X, … “…,” the nurses said." and "lawmakers on the X Committee … “…,” the
// lawmakers wrote.": a definite plural of people speaks for the organisation the text tied that plural to; critics
// "of" a body are no part of it. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const union = [
  'A group of nurses, worried that the Ministry of Health is cutting night shifts, is asking the hospital board to reconsider.',
  'The nurses, members of a recently formed union Care Workers United, CWU, have offered to work extra weekend hours.',
  '"We cannot leave patients alone at night," the nurses stated in the letter.',
].join('\n\n');

const committee = [
  'Following the flood, lawmakers on the Redmont Water Committee, led by chairman Paul Ostrow, asked for a report.',
  'The lawmakers noted the agency held a briefing with them in March, but said it "provided only vague information."',
  '"For that reason, we seek answers on this urgent matter," the lawmakers wrote.',
].join('\n\n');

const collective = [
  'A group of midwives is asking the hospital board to keep the maternity ward open at night.',
  'The recently formed group Birth Care Alliance has collected 4,000 signatures since May.',
  'The Ministry of Health has said that the night ward costs too much for the few births it sees.',
  '"Mothers cannot drive two hours in labour," the midwives said in their letter.',
].join('\n\n');

const critics = [
  'Critics of the Redmont Water Authority have long complained about the state of the river.',
  '"Nobody has tested the water for years," the critics said.',
].join('\n\n');

describe('a definite plural of people', () => {
  it('speaks for the organisation the text named them members of', () => {
    expect(speakerOf(union, 'We cannot leave patients alone')).toBe('Care Workers United');
  });
  it('speaks for the committee they sit on', () => {
    expect(speakerOf(committee, 'For that reason, we seek answers')).toBe('Redmont Water Committee');
  });
  it('speaks for the group that brought them in, named by its collective noun', () => {
    expect(speakerOf(collective, 'Mothers cannot drive')).toBe('Birth Care Alliance');
  });
  it('does not speak for the body they criticise', () => {
    expect(speakerOf(critics, 'Nobody has tested the water')).toBeNull();
  });
});
