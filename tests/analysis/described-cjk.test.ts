// A Japanese speaker described, not named ("病院の40代の女性看護師は「…」と憤る"): no name, no person party; the
// description stays the words the text uses for the speaker.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

describe('a described speaker in Japanese', () => {
  it('is shown by its description, and names no party', () => {
    const text = '市立病院の40代の女性看護師は「説明がないまま決まった。納得できない」と憤る。\n\n山田太郎院長は「申し訳ない」と謝罪した。';
    const { quotes, parties } = analyzeArticle({ text, lang: 'ja' });
    const nurse = quotes.find((q) => q.text.startsWith('説明がない'))!;
    expect(nurse.speaker).toBeNull();
    expect(nurse.speakerMention).toBe('女性看護師');
    expect(parties.map((p) => p.name)).not.toContain('女性看護師');
  });
});
