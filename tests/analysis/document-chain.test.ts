// "X sent a letter …. The letter came …. “…,” the letter stated. It described …": a document's words go to the author
// the text named where it first brought the document in, followed back over later mentions of the same document;
// with no author named, they are nobody's rather than a body the sentence merely names. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the background explains how the river was dredged in earlier years and what that cost the towns along its banks.`).join('\n\n');

const letter = [
  'The Marlow County Water Board sent a letter on Monday to the state environment agency asking about the river.',
  'The letter came a week after two fishermen reported dead fish near the old mill at Hanford.',
  filler(6),
  '“Only after the fish died did the Hanford Fisheries Office take any samples at all,” the letter stated.',
  'It described the delay as “a failure that left the towns along the river without any warning.”',
].join('\n\n');

const unsigned = [
  'Fishermen at Hanford have long complained about the state of the river and about the quarry upstream.',
  'In May, the campaign group Clear Water wrote about the pollution as part of a protest against the Redmont Quarry Company.',
  '“Nobody has tested the water near the quarry for years,” the letter stated.',
].join('\n\n');

const aside = [
  'Shelling near the border villages continued through Sunday night, residents said.',
  'The Harbour Authority in a statement said: “All ships will stay in port until the shelling has stopped for good.”',
].join('\n\n');

describe('a letter whose author the text named', () => {
  it('speaks with its author’s words, followed back over the letter’s later mentions', () => {
    expect(speakerOf(letter, 'Only after the fish died')).toBe('Marlow County Water Board');
  });
  it('is what "it" stands for right after the letter spoke', () => {
    expect(speakerOf(letter, 'a failure that left the towns')).toBe('Marlow County Water Board');
  });
});

describe('a letter nobody is named as writing', () => {
  it('is not given to a body the sentence before merely names', () => {
    const q = analyse(unsigned, 'en').quotes.find((x) => x.text.includes('Nobody has tested'));
    expect(q?.speaker).not.toBe('Redmont Quarry Company');
    expect(q?.speakerMention).toBe('the letter');
  });
});

describe('"X in a statement said"', () => {
  it('is X speaking, not the statement', () => {
    expect(speakerOf(aside, 'All ships will stay in port')).toBe('Harbour Authority');
  });
});
