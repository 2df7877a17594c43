// An interview written as question paragraphs between the interviewee's answers: an answer that is a paragraph of its
// own right after a lone question goes on with the speaker of the answer before the question; a paragraph that says
// more than a question does not carry anybody.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';


describe('an answer after an interviewer’s question', () => {
  it('is the interviewee’s, the speaker before the question', () => {
    const t = 'Tony Blair met me in his office in London, where George Osborne also works.\n\n“It is all about whether they can deliver the plan they have got,” says Blair. “It is going to be tough, because of the environment they have inherited.”\n\nIs Starmer a good leader?\n\n“Well, I am fully supportive of him, and I want him to succeed.”\n\nWhen I suggest the public hate the freebies, Osborne laughs.';
    expect(speakerOf(t, 'fully supportive')).toBe('Tony Blair');
  });

  it('is not carried over a paragraph that is more than a question', () => {
    const t = 'Tony Blair met me in his office in London, where George Osborne also works.\n\n“It is all about whether they can deliver the plan they have got,” says Blair. “It is going to be tough, because of the environment they have inherited.”\n\nThe minister arrived later. Was the plan good?\n\n“Well, I am fully supportive of him, and I want him to succeed.”\n\nWhen I suggest the public hate the freebies, Osborne laughs.';
    expect(speakerOf(t, 'fully supportive')).not.toBe('Tony Blair');
  });
});
