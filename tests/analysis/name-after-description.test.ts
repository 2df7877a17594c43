// "says veteran industry analyst Ken Doctor": a speaker described by modifiers and a role in lower case, then named,
// is the person named, even where the name's last word is a common word or a title the tagger does not read as a name.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a name after a stack of modifiers and role nouns', () => {
  it('is the speaker after the verb', () => {
    const t = 'Local papers keep shrinking across the state. “There has not been one good year since the crash,” says veteran media analyst Ray Doctor.';
    expect(speakerOf(t, 'There has not been')).toBe('Ray Doctor');
  });
});
