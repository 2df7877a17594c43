// A name among more words of a title in title case inside quotation marks ("So High School", a song) is a piece of
// that title, no party; a name in a quoted phrase in lower case, or alone in the marks, is left to the other rules.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { quotations } from '../../lib/analysis/quotes';
import { rulesFor } from '../../lib/rules/languages';
import { inQuotedTitle } from '../../lib/analysis/parties/quoted-titles';
import type { EntitySpan } from '../../lib/analysis/entities';

const names = (text: string, name: string) => {
  const doc = scan(text), start = text.indexOf(name);
  const spans: EntitySpan[] = [{ start, end: start + name.length, type: 'PER', score: 0.7 }];
  return buildRegistry(doc, quotations(text, doc.paragraphs, 'en'), rulesFor('en'), spans).live().map((p) => p.name);
};

describe('a name inside a quoted title', () => {
  it('is no party', () => {
    expect(names('Fans think the track “So Velvet Harbour,” is about him. The album sold well.', 'Velvet Harbour')).not.toContain('Velvet Harbour');
  });
  it('stays a party in a quoted phrase in lower case', () => {
    expect(names('She called it “a gift from Velvet Harbour” and left. The album sold well.', 'Velvet Harbour')).toContain('Velvet Harbour');
  });
  it('reads the marks around the name, not beyond them', () => {
    const en = rulesFor('en'), text = 'the songs “Only Mara Lind” and “a day with Mara Lind”';
    const first = text.indexOf('Mara Lind'), second = text.lastIndexOf('Mara Lind');
    expect(inQuotedTitle(text, first, first + 9, en)).toBe(true);
    expect(inQuotedTitle(text, second, second + 9, en)).toBe(false);
    expect(inQuotedTitle('He met “Mara Lind” there', 8, 17, en)).toBe(false);
    expect(inQuotedTitle('Der Song „Nur Mara Lind“ lief', 14, 23, rulesFor('de'))).toBe(false);
  });
});
