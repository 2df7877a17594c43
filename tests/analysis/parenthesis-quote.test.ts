// A word quoted inside the author's parenthesis after a quotation ("…“, sagte der Präsident. (Das Amt fügte in
// „supporter’s“ ein Apostroph ein.)") is not the speaker's quotation going on. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a quotation inside the author\'s parenthesis', () => {
  it('is not carried on from the speaker before', () => {
    const t = 'In einem Telefonat hat Paul Ebner die Kritik zurückgewiesen. „Der einzige Lärm, den ich höre, machen seine Anhänger“, sagte der Senator. (Sein Büro hat später eine Abschrift verbreitet, die ein Komma in „supporters“ einfügte, was die Sache verschlimmerte.) Die Debatte geht weiter.';
    const qs = analyse(t, 'de').quotes;
    expect(qs.find((q) => q.text.includes('Der einzige Lärm'))?.speaker).toBe('Paul Ebner');
    expect(qs.find((q) => q.text === 'supporters')?.speaker ?? null).toBeNull();
  });
});
