// A question put to someone is not their words: "X was asked, “…?” The minister admitted that he did." (the sentence
// after it is another one), also after a fronted phrase with a noun that looks like a verb ("During the question and
// answer session, X was asked, …"). And a participle that modifies a phrase ("her comments suggesting a parallel")
// is no verb of the sentence: "He called A “fatuous” and her comments suggesting B “absurd.”" are his words twice.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

describe('a question put to someone', () => {
  it('is not given to the person asked, whatever sentence follows', () => {
    const text = 'Prime Minister Kenji Harada met voters on Saturday.\n\nDuring the question and answer session with the organizers, Harada was asked, “Do you feel any ethical guilt?” The prime minister admitted that he did.';
    expect(speakerOf(text, 'ethical guilt')).toBeNull();
  });

  it('nor to the one who answers after it with a colon', () => {
    const text = 'Prime Minister Kenji Harada met voters on Saturday.\n\nWhen he was asked, “Will you keep saying for decades that there has not been enough discussion?” Harada responded: “We will reach a conclusion. We will not drag this out forever.”';
    const qs = analyse(text, 'en').quotes;
    expect(qs.find((q) => q.text.includes('for decades'))!.speaker).toBeNull();
    expect(qs.find((q) => q.text.includes('reach a conclusion'))!.speaker).toBe('Kenji Harada');
  });
});

describe('a participle after a phrase', () => {
  it('does not make the phrase a speaker', () => {
    const text = 'Brendan Hollis, a former ambassador, said the candidate was wrong.\n\nHe called her criticisms of increased defence spending “fatuous” and her comments suggesting a parallel to wartime militarization “absurd.”';
    expect(speakerOf(text, 'absurd')).toBe('Brendan Hollis');
  });

  it('alone in its sentence, still attributes the words it introduces (they stay listed)', () => {
    const text = 'Fans chanted “Build it here!” as the council arrived. Inside the chamber, a smaller group held up signs reading “Schools Not Stadiums.”';
    expect(analyse(text, 'en').quotes.some((q) => q.text.includes('Schools Not Stadiums'))).toBe(true);
  });
});
