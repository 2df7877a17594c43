// Patterns costly to compile on a cold page run only where they can change the answer (the block text's segment
// breaks, a payment line's IBAN): a cheap necessary condition is asked first, with the pattern's own answer.
import { describe, expect, it } from 'vitest';
import { sourcesRun } from '../analysis/patterns-run';
import { carriesOn } from '../../lib/blocks';
import { paymentEvidence } from '../../lib/clean/payment';

describe('text that carries a sentence on across a line break', () => {
  it("is the property pattern's answer for every first code unit, and for no text", () => {
    const CARRIES_ON = /^[\p{Ll}\p{Lo}\p{Lm}]/u;
    const texts = ['', ...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c) + 'x'), '𝐚b', '😀', '中文'];
    expect(texts.filter((t) => carriesOn(t) !== CARRIES_ON.test(t))).toEqual([]);
  });

  it('is answered without a pattern for no text', () => {
    expect(sourcesRun(() => carriesOn(''))).toEqual([false, []]);
  });
});

describe('an IBAN in a payment line', () => {
  it('is looked for only where two letters stand before two digits', () => {
    const [ev, sources] = sourcesRun(() => paymentEvidence('Call 0800 123 4567 before 5 May, 2024'));
    expect(ev.identifier).toBeNull();
    expect(sources.filter((s) => s.includes('[A-Z]{2}\\d{2}'))).toEqual([]);
    expect(paymentEvidence('Konto: no93 8601 1117 947 takk').identifier).toBe('iban');
    expect(paymentEvidence('IBAN DE89 3704 0044 0532 0130 00').identifier).toBe('iban');
  });
});
