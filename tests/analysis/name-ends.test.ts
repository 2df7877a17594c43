// Where a name ends: letters of an office or an honour after it, a noun a German genitive owns, and a role at a
// body before the body's name (tagged.ts, glued.ts, widen.ts). Invented text, the shipped models.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

const names = partyNames;

describe('name ends', () => {
  it('leaves the letters of an office or an honour out of the name', () => {
    const text = 'The Leader of Pendle Council, Councillor Rafiq Haroon MBE, has issued the following statement about the unrest.\n\nHaroon said the town would not be divided.';
    const got = names(text, 'en');
    expect(got.some((n) => /\bMBE$/.test(n))).toBe(false);
    expect(got).toContain('Rafiq Haroon');
  });

  it('ends a German full name in the genitive before the noun it owns', () => {
    const text = 'Die Wende begann mit Präsident Barack Obamas Rettungsaktion für die Autoindustrie und mit Investitionen in saubere Energie.\n\nDie Industrie erholte sich danach rasch.';
    expect(names(text, 'de').some((n) => n.includes('Rettungsaktion'))).toBe(false);
  });

  it('leaves a role at a body out of the body’s German name', () => {
    const text = 'Anne Keller war Direktorin im Außenministerium. Sie ist Geschäftsführerin der Denkfabrik New America und lehrt in Basel.\n\nKeller schreibt regelmäßig Gastkommentare.';
    const got = names(text, 'de');
    expect(got.some((n) => /^(Geschäftsführerin|Denkfabrik) /.test(n))).toBe(false);
  });
});
