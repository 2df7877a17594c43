// A role phrase followed by the body it is held at ("the director … at Northfield Online University") stands for a
// person the text ties to that body, never for a person named before at another institution.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const OTHER = `Activists have also launched online schools, including the Northfield Online University (NOU) and the Free River College. “The estimate is that there are about 200 of these councils,” says Elizabeth Marsh, who researches displacement at the Centre for Asian Studies at Lund University in Sweden.

Marsh says that reports indicate that these councils function in various ways. “We saw that there was a gap to fill,” says the director of academic management at NOU, who asked not to be named. NOU has 11 schools.`;

const TIED = `Activists have also launched online schools, including the Northfield Online University (NOU) and the Free River College. Elizabeth Marsh runs the academic programmes of NOU from an office in Sweden.

Marsh says that reports indicate that these councils function in various ways. “We saw that there was a gap to fill,” says the director of academic management at NOU. NOU has 11 schools.`;

describe('a post of a named body', () => {
  it('is not the researcher named before at another institution', () => {
    expect(speakerOf(OTHER, 'gap to fill')).not.toBe('Elizabeth Marsh');
  });

  it('is the person the text ties to that body', () => {
    expect(speakerOf(TIED, 'gap to fill')).toBe('Elizabeth Marsh');
  });
});
