// "The army in a statement said troops fired along the border with the Valley Council. It said it was “…”": "it"
// goes on with the body the sentence before was about, not with the organisation named last inside it. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const story = (subject: string) => [
  'Shelling hit several villages on Tuesday night, local officials said.',
  `${subject} in a statement said rebel troops "resorted to random firing," including mortar shelling, along the border with the Eastern Valley Council. It said it was "responding in a proportionate manner."`,
  'Farmers in the valley said they had left their fields.',
].join('\n\n');

describe('"It said" after a body spoke', () => {
  it('is the body that was the subject of the sentence before', () => {
    expect(speakerOf(story('The Northern Command'), 'responding in a proportionate')).toBe('Northern Command');
  });

  it('is not the organisation named last inside that sentence', () => {
    expect(speakerOf(story('The Ardenian army'), 'responding in a proportionate')).not.toBe('Eastern Valley Council');
  });
});
