// The words the text uses for a speaker at the quotation: a quotation carried from the one before, or whose speaker
// was read in another sentence, is called "he" or "she" beside it when the text says so there. The speaker stays.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const find = (text: string, quote: string) => analyse(text, 'en').quotes.find((q) => q.text.includes(quote))!;

describe('the mention beside the quotation', () => {
  it('is the pronoun that introduces a carried quotation', () => {
    const text = 'Senator Walter Brennick said Tuesday that “the only way to win the county is to knock on every door.” Asked which town was his favourite, he demurred: “Whichever one I am standing in.”';
    const q = find(text, 'Whichever one');
    expect(q.speaker).toBe('Walter Brennick');
    expect(q.speakerMention).toBe('he');
  });

  it('stays the name when a person is named beside the quotation', () => {
    const text = 'Senator Walter Brennick said Tuesday that “the only way to win the county is to knock on every door.” Asked about it, Brennick told reporters: “Whichever one I am standing in.”';
    expect(find(text, 'Whichever one').speakerMention).toBe('Brennick');
  });

  it('is the pronoun that is the quoting verb\'s subject after the speaker\'s own name', () => {
    const text = 'Walter Brennick spoke last, and he was tired.\n\nThat left Walter Brennick of Ohio alone on the stage, so much so that he accused the hosts of bias, saying “they asked me too many questions about the mill.”';
    const q = find(text, 'too many questions');
    expect(q.speaker).toBe('Walter Brennick');
    expect(q.speakerMention).toBe('he');
  });

  it('stays the name when another person of that gender is named between', () => {
    const text = 'Walter Brennick spoke last, and he was tired.\n\nThat left Walter Brennick alone with Tom Harlan, so much so that he accused the hosts of bias, saying “they asked me too many questions about the mill.”';
    expect(find(text, 'too many questions').speakerMention).not.toBe('he');
  });
});
