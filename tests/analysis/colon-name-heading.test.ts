// Round-ups that quote one source a paragraph: "HEADLINE IN CAPITALS - Jeffrey M. Jones: “…”". The name after the
// dash and before the colon speaks (with an initial's period in it), not the headline before the dash.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';


describe('a name after a dash and before a colon', () => {
  it('speaks, even with an initial in it', () => {
    const t = 'The polls were read all week.\n\nRED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis of party affiliation at the state level shows a clear shift.” [Gallup]';
    expect(speakerOf(t, 'Gallup’s analysis')).toBe('Jeffrey M. Jones');
  });

  it('speaks after a headline short enough to be read as the name', () => {
    const t = 'The polls were read all week.\n\nPOLLS NOT WRONG, JUST EARLY - Mark Blumenthal: “Although the polls failed to predict the win, they did pick up a late shift.” [HuffPost]';
    expect(speakerOf(t, 'Although the polls')).toBe('Mark Blumenthal');
  });

  it('still reads a name with its title opening the paragraph', () => {
    const t = 'The rally ended late.\n\nFormer secretary of state Hillary Rodham Clinton: “We will win this, and we will win it together.”';
    expect(speakerOf(t, 'win it together')).toBe('Hillary Rodham Clinton');
  });
});
