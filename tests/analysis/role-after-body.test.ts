// "…, said Redmont State University professor Paula Brecht." and "…, said CWU spokesman Neil Oster.": a speaker phrase
// read after the verb goes on past the body's name and the role held there to the holder's name. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const story = (who: string) => [
  'The race in the valley has tightened since the spring.',
  `The mayor "drew quite well from older voters" in the last election, said ${who}. "That was more her ground than his at that time."`,
].join('\n\n');

describe('a role held at a named body, then the holder’s name', () => {
  it('is the holder after the body’s name and the role', () => {
    expect(speakerOf(story('Redmont State University professor Paula Brecht'), 'drew quite well')).toBe('Paula Brecht');
  });
  it('carries the holder to the next quotation', () => {
    expect(speakerOf(story('CWU spokesman Neil Oster'), 'That was more her ground')).toBe('Neil Oster');
  });
});
