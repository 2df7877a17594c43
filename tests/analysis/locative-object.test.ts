// A name right after a preposition of place is where the speaker is, not who speaks: an anonymous "source inside
// the X camp" gives no speaker, never the camp. A preposition of origin names where the words come from ("From Ann
// Lee writing at …:"): the name after it still speaks. Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('the object of a preposition of place is no speaker', () => {
  it('gives an anonymous source inside a camp no speaker, not the camp', () => {
    const t = 'Refugees stranded at the border\n\nAid groups say thousands remain stranded in the desert.\n\nA source of reporter Omar Salem inside the Tamarisk Camp, a farmer who feared retaliation and asked not to be identified, said that the ministry’s claim is “absolutely not true and everyone here knows it.”';
    expect(speakersOf(t, 'en')).toEqual([null]);
  });
  it('keeps the name after a preposition of origin as the speaker', () => {
    const t = 'A columnist weighs in\n\nThe debate went on for days.\n\nFrom Andrea Wexley writing at The Harbor Ledger:\n\n"Rising to the top from the middle of the pack requires more than luck."';
    expect(speakersOf(t, 'en')).toEqual(['Andrea Wexley']);
  });
});
