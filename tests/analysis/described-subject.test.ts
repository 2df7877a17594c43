// A description opening the sentence ("The former governor began …, saying …") is the subject a participle
// clause's quotation goes back to, before any name later in the sentence. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse, speakersOf } from './analyse';

describe('a described subject of a participle clause', () => {
  it('gives the quotation to the person the description stands for', () => {
    const t = 'Campaign stop in Concord\n\nFormer governor Harold Vance spoke to voters in Concord on Monday.\n\nThe former governor began by talking about the state’s drug crisis, saying that heroin is now “cheaper than getting a sandwich at lunch.”';
    expect(speakersOf(t, 'en')).toEqual(['Harold Vance']);
  });
  it('keeps an unnamed description as the words that attribute it, not a name from the sentence', () => {
    const t = 'Tension at sea\n\nJapan and the Philippines held drills near the strait on Monday.\n\nA Chinese official responded by saying Japan should be careful “not to interfere and stir up problems” in the waterway.';
    const q = analyse(t, 'en').quotes[0]!;
    expect([q.speaker, q.speakerMention]).toEqual([null, 'A Chinese official']);
  });
});
