import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintOfWords } from '../../lib/fingerprint';

// Site memory keeps block fingerprints across versions of the extension: a faster hash must give the same values.
// The expected values are those of the first implementation (FNV-1a and a second multiplicative hash with Math.imul).
describe('fingerprint', () => {
  it('gives the values site memory has stored, in any script', () => {
    expect(fingerprintOfWords(['support', 'us', 'donate', 'today'])).toBe('35ac57027cd30');
    expect(fingerprintOfWords(['vipps', 'et', 'valgfritt', 'beløp', 'til', '552211'])).toBe('efd3b3197b2b9');
    expect(fingerprintOfWords(['東京都', '2024'])).toBe('31a42bc9436b7');
    expect(fingerprintOfWords([])).toBe('811c9dc500193');
  });
  it('is the same for copies that differ in case, spacing and quotes', () => {
    expect(fingerprint('Support us —  DONATE “today”!')).toBe('35ac57027cd30');
  });
});
