// Speakers as a careful reader takes them (issue 7): the one who demands an answer speaks the question, not the
// ones asked; names joined by "and" speak together; a phrase that is a preposition's object is nobody and a clause
// is cut before its auxiliary;
// a surname that is also a common word still names its person in the speaker's place; an attribution set inside the
// sentence ("…, says X, …", "In other words, explained X: …") names the speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';
import { beforeAuxiliary } from '../../lib/analysis/attribution/plausible';
import { rulesFor } from '../../lib/rules/languages';

const LEAD = 'Dana Whitfield is a senator from Ohio. Marcus Ford chairs Brightline Motors and Alan Fry is its chief executive. Lena From runs the union.\n\n';

describe('a demand that introduces a quotation', () => {
  it('is the words of the one who demands', () => {
    const t = `${LEAD}More importantly, Whitfield had the courage to demand that Republican voters answer the essential question: “Who will protect your pensions when the plant closes?”`;
    expect(speakerOf(t, 'Who will protect')).toBe('Dana Whitfield');
  });
  it('keeps the speaker of an answer when nobody is named asking', () => {
    const t = 'Donna Kelce has praised the album.\n\nHowever, when asked if she had any advice for the singer, Donna Kelce dismissed the idea, noting, “She does not need my advice on anything.”';
    expect(speakerOf(t, 'She does not need')).toBe('Donna Kelce');
  });
  it('leaves an answer after a question asked before alone', () => {
    const t = `${LEAD}Asked about the plant, Ford said, “We will keep every job we can.”`;
    expect(speakerOf(t, 'We will keep')).toBe('Marcus Ford');
  });
});

describe('names joined by "and"', () => {
  it('speak together, each with the full name', () => {
    const t = `${LEAD}Ford and Fry replied that the union was threatening them with “lawsuits from people who do not exist.”`;
    const q = analyse(t, 'en').quotes.find((x) => x.text.includes('lawsuits'));
    expect(q?.speaker).toBe('Marcus Ford and Alan Fry');
    expect(q?.speakerMention).toBe('Ford and Fry');
  });
  it('after the quotation too', () => {
    expect(speakerOf(`${LEAD}“We never threatened anyone,” Ford and Fry said in a statement.`, 'never threatened')).toBe('Marcus Ford and Alan Fry');
  });
});

describe('a phrase that is an object', () => {
  it('of a place preposition is not the speaker', () => {
    const q = analyse(`${LEAD}The break was complete when Whitfield in her opening speech called the plant owners “thieves of the valley.”`, 'en').quotes.find((x) => x.text.includes('thieves'));
    expect(q?.speakerMention).not.toBe('her opening speech');
  });
  it('of a verb, past an auxiliary, is not part of the speaker', () => {
    const q = analyse(`${LEAD}In a riff on her famous line, the strikers will hold banners proclaiming: “Pensions are not a gift!”`, 'en').quotes.find((x) => x.text.includes('Pensions'));
    expect(q?.speakerMention).toBe('the strikers');
  });
});

describe('a surname that is also a common word', () => {
  it('names its person right after a quotation', () => {
    expect(speakerOf(`${LEAD}“The circumstances have changed since the closure,” From said.`, 'circumstances')).toBe('Lena From');
  });
});

describe('an attribution set inside the sentence', () => {
  it('between commas gives the words to the name after the verb', () => {
    const t = `${LEAD}The paradox of the valley, says Dana Whitfield, a senator, is that it was "the richest county in the state."`;
    expect(speakerOf(t, 'richest county')).toBe('Dana Whitfield');
  });
  it('after a fronted phrase, with the verb first', () => {
    const t = 'Dana Whitfield is a senator from Ohio. Nancy Cordes moderated the debate.\n\nIn other words, explained CBS moderator Nancy Cordes: "What does that have to do with pensions?"';
    expect(speakerOf(t, 'What does that')).toBe('Nancy Cordes');
  });
});

describe('what stays a speaker', () => {
  it('a body before its document’s preposition', () => {
    const q = analyse(`${LEAD}The Indian army in a statement said Pakistani troops “resorted to arbitrary firing,” including gunfire.`, 'en').quotes.find((x) => x.text.includes('arbitrary'));
    expect(q?.speakerMention).toBe('The Indian army');
  });
  it('a description whose adverb stands after a possessive or determiner, uncut', () => {
    const cut = (t: string) => { const m = beforeAuxiliary(t, { s: 0, e: t.length }, rulesFor('en')); return t.slice(m.s, m.e); };
    expect(cut('Whitfield99’s last forum post')).toBe('Whitfield99’s last forum post');
    expect(cut('The first incident')).toBe('The first incident');
    expect(cut('the strikers will hold banners')).toBe('the strikers');
  });
});
