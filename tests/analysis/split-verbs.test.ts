// A two-word verb of saying split around its subject ("räumt … ein", "teilte … mit") and an adverb between verb and
// subject ("räumt auch Pfeiffer ein") still name the speaker after the quotation. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a verb of saying split around its subject', () => {
  it('reads the subject between the verb and its particle, past an adverb', () => {
    const t = 'Abnehmspritze\n\nDas Mittel wirkt. Viele Patienten nehmen ab.\n\n„Insgesamt ist es möglich, dass die Preise noch sinken werden“, räumt auch Andreas Pfeiffer ein. Diese Senkung sei aber gering.';
    expect(speakerOf(t, 'Insgesamt', 'de')).toBe('Andreas Pfeiffer');
  });
  it('reads the subject between the verb and its particle', () => {
    const t = 'Neue Linie\n\nDie Bahn baut eine neue Strecke nach Süden.\n\n„Die Arbeiten beginnen im nächsten Frühjahr“, teilte Anna Berger am Montag mit. Die Kosten seien noch offen.';
    expect(speakerOf(t, 'Die Arbeiten', 'de')).toBe('Anna Berger');
  });
});
