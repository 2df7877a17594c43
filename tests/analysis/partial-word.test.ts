// A word or two in quotation marks inside a sentence with no verb of saying: the words of the sentence's subject when
// that subject is a person the reader knows ("Councillor Lena Ortiz wants the rules “tougher”"); a body, a thing or a
// name the tagger met once is described by them and said nothing.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

describe('a quoted word inside its subject’s sentence', () => {
  it('is the words of a person introduced by a role', () => {
    const t = 'The council met on Monday to discuss the new parking rules. Councillor Lena Ortiz wants the rules “tougher” before any vote.';
    expect(speakerOf(t, 'tougher')).toBe('Lena Ortiz');
  });

  it('is the words of a person named before, taken up by a pronoun', () => {
    const t = 'Mayor Tom Reyes visited the harbour on Monday. He finds the new ferry timetable “careless” and wants it redone.';
    expect(speakerOf(t, 'careless')).toBe('Tom Reyes');
  });

  it('credits no one with words that speak of a third person', () => {
    const t = 'Anna Berg, a guest, was the last to leave the party on Friday. She persuaded the host to “trust her” and called a doctor.';
    expect(speakerOf(t, 'trust her')).toBeNull();
  });

  it('credits no body, nor a thing named once', () => {
    const t = 'The museum opened a new wing on Monday. Curator Mara Jelic showed the maps. Segment Kovar on the left map is “older” than the rest.';
    expect(analyse(t, 'en').quotes.filter((q) => q.speaker)).toEqual([]);
    expect(speakerOf('The council met on Monday. The Harbour Authority is “confident” about the plan. It will vote in May.', 'confident')).toBeNull();
  });
});
