// "Ostrow’s campaign shrugged off the comments, telling reporters, “…”": a possessive name and a listed speaking noun
// open the sentence as its subject, like a determiner's phrase; a contraction ("There’s") or a day's ("Saturday's
// gaffes") is no such subject. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const mentionOf = (text: string, quote: string) => analyse(text, 'en').quotes.find((q) => q.text.includes(quote))?.speakerMention ?? null;
const intro = 'The race in Redmont brought Paul Ostrow and Dana Whitfield on one stage.';

describe('a possessive name opening the sentence', () => {
  it('is the determiner of the subject phrase', () => {
    const text = [intro, 'Ostrow’s campaign shrugged off Whitfield’s comments, telling reporters, “Nobody on our team has ever asked for her endorsement.”'].join('\n\n');
    expect(mentionOf(text, 'Nobody on our team')).toBe('Ostrow’s campaign');
  });
  it('is not a day’s name before a noun read by its ending', () => {
    const text = [intro, 'Saturday’s gaffes were reminiscent of one from 2013, when Whitfield kept asking why the council called the fire “an accident” at all.'].join('\n\n');
    expect(mentionOf(text, 'an accident')).not.toMatch(/Saturday/);
  });
});
