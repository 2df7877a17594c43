// Two names joined by a slash ("Lisbon/Ankara (dpa)", a dateline of two places) are two parties, never one; an acronym
// pair stays whole. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

describe('names joined by a slash', () => {
  it('are two parties', () => {
    const names = partyNames('Lissabon/Ankara (dpa) - Die Regierung in Lissabon hat die Garden verurteilt. Aus Ankara hieß es, man prüfe Schritte.', 'de');
    expect(names).not.toContain('Lissabon/Ankara');
    expect(names).toEqual(expect.arrayContaining(['Lissabon', 'Ankara']));
  });
});
