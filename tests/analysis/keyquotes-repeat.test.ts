// The same words by the same speaker twice (a lead quoting what the story quotes again later) are one key quote.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('a key quote repeated', () => {
  it('is key once, where it first stands', () => {
    const said = 'We have all but wrecked their whole campaign for next year';
    const text = `THE SITUATION - “${said},” the defence minister Andrei Belousov said on Friday.\n\nMoscow claimed new gains in the east, after a speech in which the president spoke of a world war.\n\n“${said},” the defence minister Andrei Belousov said at a meeting in Moscow.`;
    const key = analyzeArticle({ text, lang: 'en', title: 'Moscow claims gains' }).quotes.filter((q) => q.key);
    expect(key.map((q) => q.text.replace(/,$/, ''))).toEqual([said]);
    expect(key[0]!.start).toBeLessThan(text.indexOf('Moscow claimed'));
  });
});
