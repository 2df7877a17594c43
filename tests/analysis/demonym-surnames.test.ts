// A surname that is also a demonym ("Cuban", "English", "French") is the person the text names so, not the country:
// "Cuban said" after "Mark Cuban" are Mark Cuban's words. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a surname that is a demonym', () => {
  it('English: "Cuban said" is Mark Cuban, not Cuba', () => {
    const t = 'Team owner weighs a run\n\nMark Cuban, the billionaire owner of a basketball team in Dallas, has said he might run for office one day.\n\n'
      + '“It is certainly more of a consideration than it was a year ago,” Cuban said in an interview on Sunday.';
    expect(speakersOf(t, 'en')).toEqual(['Mark Cuban']);
  });

  it('a demonym naming nobody the text calls so stays the country', () => {
    const t = 'Talks on the embargo\n\nNegotiators met in Havana on Monday to discuss trade and travel.\n\n'
      + '“We are ready to talk about everything,” a Cuban official said after the meeting.';
    expect(speakersOf(t, 'en')).not.toContain('Mark Cuban');
  });
});
