// "Emphasizing the urgency of the matter, Trump said, “…”" and "Rubio suggested that …, while Cruz said that the
// “…”": a participle's object is no speaker, and a verb of saying in a clause of its own attributes what follows it;
// a clause inside the reported one ("She went on to say that, because X testified that …") stays the reporter's.
// Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const intro = 'The debate in Redmont brought Paula Brecht, Jonas Berger and Dana Whitfield on one stage.';

describe('clauses before a quotation', () => {
  it('a fronted participle phrase does not speak', () => {
    const text = [intro, 'Emphasizing the urgency of the matter, Berger said, “If we do not act fast, we will not have a harbour anymore.”'].join('\n\n');
    expect(speakerOf(text, 'If we do not act fast')).toBe('Jonas Berger');
  });
  it('a verb of saying in a clause of its own attributes what follows it', () => {
    const text = [intro, 'Brecht suggested that someone who does not answer questions cannot be mayor, while Whitfield said that the "stakes in this election are too high" for Berger to win.'].join('\n\n');
    expect(speakerOf(text, 'stakes in this election')).toBe('Dana Whitfield');
  });
  it('a clause inside the reported one stays the reporter’s', () => {
    const text = [intro, 'Whitfield went on to say that, because Berger testified that her answers were "truthful," her other statements were true as well.'].join('\n\n');
    expect(speakerOf(text, 'truthful')).toBe('Dana Whitfield');
  });
});
