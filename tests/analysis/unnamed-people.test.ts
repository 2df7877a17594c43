// People the text does not tie to a named party stay unnamed: "the nurses stated" is not the organisation named just
// before, and "the spokesperson said" after "A spokesperson who asked not to be named" is not the last person who
// spoke. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const nurses = [
  'Wards at the Eastfield hospital were closed on Friday, and the Northern Health Trust moved patients to other towns.',
  '“We have watched patients wait for hours in corridors with nobody free to look after them,” the nurses stated.',
].join('\n\n');

const spokesperson = [
  '“The new bridge will open in June, as we promised the town,” Mayor Helen Ostrow said on Monday.',
  'The Ferry Company did not answer questions. A spokesperson who asked not to be named said the boats would keep running.',
  '“We will keep every crossing on the timetable until the bridge is open to traffic,” the spokesperson said.',
].join('\n\n');

describe('unnamed people', () => {
  it('a plural role ("the nurses") is not the organisation named before', () => {
    expect(speakerOf(nurses, 'We have watched patients')).toBeNull();
  });
  it('"the spokesperson" an indefinite one brought in is not the last speaker', () => {
    expect(speakerOf(spokesperson, 'We will keep every crossing')).not.toBe('Helen Ostrow');
  });
});
