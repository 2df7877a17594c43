// A block's lines are searched for payment services (lib/clean/payment.ts) on every page, in the batch on thousands
// of lines: a line is read once, each name tried only where its first letter starts a word, not searched for in
// the whole line name by name (147 names). The answers themselves are held in clean-signals.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paymentEvidence } from '../../lib/clean/payment';

describe('payment services in a line', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a line of prose without a search per service name', () => {
    const includes = vi.spyOn(String.prototype, 'includes');
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    const line = 'The harbour board met on Tuesday to discuss the berth repairs, and the mayor said the work would start soon, once the money is there.';
    const ev = paymentEvidence(line);
    expect(ev.service).toBeNull();
    expect(ev.serviceInProse).toBeNull();
    // A handful of calls at most (the line's own checks), not one or more per name.
    expect(includes.mock.calls.length + indexOf.mock.calls.length).toBeLessThan(20);
  });

  it('still finds a service at a word start, and not inside a word', () => {
    expect(paymentEvidence('Support us: paypal.me/harbourgazette').service).toBe('PayPal');
    expect(paymentEvidence('Unterstützen Sie uns per Sofortüberweisung: 12 345 678').service).not.toBeNull();
    expect(paymentEvidence('xpaypal.me/harbourgazette and unpatreon').service).toBeNull();
  });
});
