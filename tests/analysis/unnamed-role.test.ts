// A role the story brought in without a name ("a police officer") is that unnamed person when it speaks later ("the
// officer recalled"), not the person named last; with no such introduction, a definite role still stands for the
// person named close before it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a definite role after an indefinite one', () => {
  it('is the unnamed person the story brought in, so the quotation has no named speaker', () => {
    const t = [
      'Neighbours had complained about the smell for months.',
      'When a police officer first called, Gary Holt shrugged off the smell and the officer left.',
      'According to reports, the officer recalled: “I knocked on the door for ten minutes and then walked to the back of the house.”',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual([null]);
  });

  it('still stands for the person named close before when nobody was brought in without a name', () => {
    const t = [
      'Chief Inspector Gary Holt led the search of the house on Monday.',
      '“We found nothing that links the family to the fire,” the inspector said.',
    ].join('\n\n');
    expect(speakersOf(t, 'en')).toEqual(['Gary Holt']);
  });
});
